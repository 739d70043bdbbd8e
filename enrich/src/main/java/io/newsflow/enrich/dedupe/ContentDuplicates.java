package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.enrich.Decision;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by content key ({@link #contentKey}), stored by normalised content hash: the first
 * article with a content is kept, later ones under other URLs are exact duplicates of it. A
 * revision is never a duplicate: it updates its own article. The store, which names one article
 * per content, also names the originals of near copies ({@link OriginalNamer}), so it keeps a
 * content {@link #NAMING_GRACE} longer than the window of the near-duplicate index.
 */
public final class ContentDuplicates implements FixedKeyProcessor<String, Article, Decision> {

  public static final String STORE = "dedupe-content";
  /** How much longer than the window a content is kept: more than the stream times of two
   * partitions ever differ, so that every entry the index can still find has its name. */
  static final Duration NAMING_GRACE = Duration.ofDays(1);
  private static final int KEY_CHARS = Integer.BYTES * 2;

  /** The article kept for a content hash. */
  public record Kept(String articleId, long seenAt) {}

  private final Duration window;
  private FixedKeyProcessorContext<String, Decision> context;
  private KeyValueStore<String, Kept> kept;

  public ContentDuplicates(Duration window) {
    this.window = window;
  }

  /** The record key that brings a content to its partition: the first 32 bits of its hash, in hex. */
  public static String contentKey(String contentHash) {
    return contentHash.substring(0, KEY_CHARS);
  }

  /** The same 32 bits as a number: how the near-duplicate index refers to an article. */
  public static int refOf(String contentHash) {
    return Integer.parseUnsignedInt(contentKey(contentHash), 16);
  }

  /** The content key of a reference. */
  static String contentKey(int ref) {
    return HexFormat.of().toHexDigits(ref);
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Decision> context) {
    this.context = context;
    this.kept = context.getStateStore(STORE);
    Expiry.schedule(context, kept, window.plus(NAMING_GRACE), Kept::seenAt);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    Kept first = kept.get(article.contentHash());
    if (first == null || first.seenAt() < context.currentStreamTimeMs() - window.toMillis()
        || first.articleId().equals(article.id()) || article.revision() > 0) {
      kept.put(article.contentHash(), new Kept(article.id(), record.timestamp()));
      context.forward(record.withValue(Decision.keep(article)));
    } else {
      context.forward(record.withValue(Decision.drop(copyOf(article, first))));
    }
  }

  private static DuplicateVerdict copyOf(Article article, Kept first) {
    return new DuplicateVerdict(DuplicateVerdict.SCHEMA_VERSION, article.id(), article.url(),
        first.articleId(), DuplicateVerdict.EXACT, 1.0);
  }
}
