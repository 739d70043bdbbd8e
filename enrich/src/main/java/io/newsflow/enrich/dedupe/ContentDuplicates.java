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
 * Keyed by normalised content hash: the first article with a content is kept, later ones under
 * other URLs are exact duplicates of it. A revision is never a duplicate: it updates its own
 * article.
 */
public final class ContentDuplicates implements FixedKeyProcessor<String, Article, Decision> {

  public static final String STORE = "dedupe-content";

  /** The article kept for a content hash. */
  public record Kept(String articleId, long seenAt) {}

  private final Duration window;
  private FixedKeyProcessorContext<String, Decision> context;
  private KeyValueStore<String, Kept> kept;

  public ContentDuplicates(Duration window) {
    this.window = window;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Decision> context) {
    this.context = context;
    this.kept = context.getStateStore(STORE);
    Expiry.schedule(context, kept, window, Kept::seenAt);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    Kept first = kept.get(record.key());
    if (first == null || first.articleId().equals(article.id()) || article.revision() > 0) {
      kept.put(record.key(), new Kept(article.id(), record.timestamp()));
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
