package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.enrich.dedupe.ContentDuplicates.Kept;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by content key, beside the exact-duplicate store: turns a near copy into its verdict by
 * looking up the article kept for its original's content. The index knows that content by 32
 * bits of its hash, so the store's hashes that start with them are read, and of two or more
 * (about once in 4,000 lookups with a million contents in the window) the one kept at the
 * original's record time, or nearest to it, is the original. A copy whose original has left
 * the store throws, and so goes to the dead letters rather than being lost.
 */
public final class OriginalNamer implements FixedKeyProcessor<String, NearCopy, DuplicateVerdict> {

  private static final StringSerializer KEYS = new StringSerializer();

  private FixedKeyProcessorContext<String, DuplicateVerdict> context;
  private KeyValueStore<String, Kept> kept;

  @Override
  public void init(FixedKeyProcessorContext<String, DuplicateVerdict> context) {
    this.context = context;
    this.kept = context.getStateStore(ContentDuplicates.STORE);
  }

  @Override
  public void process(FixedKeyRecord<String, NearCopy> record) {
    NearCopy copy = record.value();
    Kept original = originalOf(copy, kept);
    if (original == null) {
      throw new IllegalStateException("no article kept under content key " + copy.originalKey()
          + " to name as the original of near copy " + copy.id());
    }
    context.forward(record.withValue(new DuplicateVerdict(DuplicateVerdict.SCHEMA_VERSION, copy.id(), copy.url(),
        original.articleId(), DuplicateVerdict.NEAR, copy.similarity())));
  }

  /** The article {@code kept} names as the original of {@code copy}, or null when none. */
  public static Kept originalOf(NearCopy copy, KeyValueStore<String, Kept> kept) {
    Kept nearest = null;
    try (KeyValueIterator<String, Kept> candidates = kept.prefixScan(copy.originalKey(), KEYS)) {
      while (candidates.hasNext()) {
        Kept candidate = candidates.next().value;
        if (nearest == null || apart(candidate, copy) < apart(nearest, copy)) {
          nearest = candidate;
        }
      }
    }
    return nearest;
  }

  private static long apart(Kept candidate, NearCopy copy) {
    return Math.abs(candidate.seenAt() - copy.originalTime());
  }
}
