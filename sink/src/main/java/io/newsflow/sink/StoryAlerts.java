package io.newsflow.sink;

import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by subscription and story: the first matching article of a story raises an alert,
 * later ones raise updates with the story's count, and an article that already alerted (a
 * revision) raises nothing again.
 */
final class StoryAlerts implements FixedKeyProcessor<String, MatchedArticle, Alert> {

  static final String STORE = "alerted-stories";
  private static final int REMEMBERED_ARTICLES = 200;

  /** The articles of one story that already alerted one subscription. */
  record Alerted(List<String> articleIds, int count) {}

  private FixedKeyProcessorContext<String, Alert> context;
  private KeyValueStore<String, Alerted> alerted;

  @Override
  public void init(FixedKeyProcessorContext<String, Alert> context) {
    this.context = context;
    this.alerted = context.getStateStore(STORE);
  }

  @Override
  public void process(FixedKeyRecord<String, MatchedArticle> record) {
    MatchedArticle match = record.value();
    Alerted before = alerted.get(record.key());
    if (before != null && before.articleIds().contains(match.article().id())) {
      return;
    }
    Alerted now = remember(before, match.article().id());
    alerted.put(record.key(), now);
    context.forward(record.withValue(alert(match, before != null, now.count())));
  }

  private static Alerted remember(Alerted before, String articleId) {
    List<String> ids = new ArrayList<>(before == null ? List.of() : before.articleIds());
    ids.add(articleId);
    List<String> kept = ids.subList(Math.max(0, ids.size() - REMEMBERED_ARTICLES), ids.size());
    return new Alerted(List.copyOf(kept), before == null ? 1 : before.count() + 1);
  }

  private static Alert alert(MatchedArticle match, boolean update, int storyCount) {
    Article article = match.article();
    return new Alert(Alert.SCHEMA_VERSION, null, match.subscriptionId(), article.id(),
        article.storyId(), article.url(), article.title(), match.reasons(), update, storyCount,
        article.language(), article.publishedAt(), article.source());
  }
}
