package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;

/**
 * What the near-duplicate judge decided for an article: keep it, or drop it as a near copy
 * whose original the exact-duplicate store then names ({@link OriginalNamer}). Exactly one of
 * the two is set.
 */
public record NearJudgement(Article article, NearCopy copy) {

  public NearJudgement {
    if ((article == null) == (copy == null)) {
      throw new IllegalArgumentException("a judgement is either an article or a copy");
    }
  }

  static NearJudgement keep(Article article) {
    return new NearJudgement(article, null);
  }

  static NearJudgement drop(NearCopy copy) {
    return new NearJudgement(null, copy);
  }

  public boolean kept() {
    return article != null;
  }
}
