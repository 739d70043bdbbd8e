package io.newsflow.enrich;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;

/**
 * What a dedupe step decided for a document: keep it as an article, or record it as a
 * duplicate. Exactly one of the two is set; it travels between sub-topologies as JSON.
 */
public record Decision(Article article, DuplicateVerdict duplicate) {

  public Decision {
    if ((article == null) == (duplicate == null)) {
      throw new IllegalArgumentException("a decision is either an article or a duplicate");
    }
  }

  public static Decision keep(Article article) {
    return new Decision(article, null);
  }

  public static Decision drop(DuplicateVerdict duplicate) {
    return new Decision(null, duplicate);
  }

  public boolean kept() {
    return article != null;
  }
}
