package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.enrich.Decision;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by document id (the canonical URL): a URL seen before with the same content is an
 * exact duplicate of itself; with changed content it is a revision of the same article.
 */
public final class RevisionTracker implements FixedKeyProcessor<String, Article, Decision> {

  public static final String STORE = "dedupe-urls";

  /** What the tracker remembers of a URL. */
  public record SeenUrl(String contentHash, int revision, long seenAt) {}

  private final Duration window;
  private FixedKeyProcessorContext<String, Decision> context;
  private KeyValueStore<String, SeenUrl> seen;

  public RevisionTracker(Duration window) {
    this.window = window;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Decision> context) {
    this.context = context;
    this.seen = context.getStateStore(STORE);
    Expiry.schedule(context, seen, window, SeenUrl::seenAt);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    SeenUrl before = seen.get(record.key());
    if (before != null && before.contentHash().equals(article.contentHash())) {
      seen.put(record.key(), new SeenUrl(before.contentHash(), before.revision(), record.timestamp()));
      context.forward(record.withValue(Decision.drop(sameAsBefore(article))));
      return;
    }
    int revision = before == null ? 0 : before.revision() + 1;
    seen.put(record.key(), new SeenUrl(article.contentHash(), revision, record.timestamp()));
    context.forward(record.withValue(Decision.keep(article.withRevision(revision))));
  }

  private static DuplicateVerdict sameAsBefore(Article article) {
    return new DuplicateVerdict(DuplicateVerdict.SCHEMA_VERSION, article.id(), article.url(),
        article.id(), DuplicateVerdict.EXACT, 1.0);
  }
}
