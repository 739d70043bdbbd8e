package io.newsflow.sink;

import io.newsflow.core.model.Article;
import java.util.List;

/** An article (its headline fields, see {@link #of}) and the reasons one subscription matched it,
 * on its way to the story check. */
public record MatchedArticle(String subscriptionId, Article article, List<String> reasons) {

  public MatchedArticle {
    reasons = List.copyOf(reasons);
  }

  /**
   * The match of {@code article}, which keeps only the article's headline fields (id, story, link,
   * title, language, date, source): the story check and the alert need no more, and a match
   * crosses a topic once for every subscription it satisfies.
   */
  static MatchedArticle of(String subscriptionId, Article article, List<String> reasons) {
    Article headline = article.withText("", article.contentHash()).withEntities(List.of()).withTopics(List.of());
    return new MatchedArticle(subscriptionId, headline, reasons);
  }

  /** The key that brings a subscription's matches of one story together. */
  public String storyKey() {
    String story = article.storyId() == null ? article.id() : article.storyId();
    return subscriptionId + "|" + story;
  }
}
