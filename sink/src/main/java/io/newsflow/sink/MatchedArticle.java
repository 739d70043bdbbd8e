package io.newsflow.sink;

import io.newsflow.core.model.Article;
import java.util.List;

/** An article and the reasons one subscription matched it, on its way to the story check. */
public record MatchedArticle(String subscriptionId, Article article, List<String> reasons) {

  public MatchedArticle {
    reasons = List.copyOf(reasons);
  }

  /** The key that brings a subscription's matches of one story together. */
  public String storyKey() {
    String story = article.storyId() == null ? article.id() : article.storyId();
    return subscriptionId + "|" + story;
  }
}
