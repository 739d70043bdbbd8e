package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;

/**
 * What reaches the near-duplicate judge of one article: the article itself (with how many band
 * answers to expect), or one band's answer (the closest earlier article it knows, if any).
 */
public record NearMessage(Article article, int probes, String candidateId, int distance) {

  public static final int NONE = Integer.MAX_VALUE;

  public static NearMessage article(Article article, int probes) {
    return new NearMessage(article, probes, null, NONE);
  }

  public static NearMessage answer(String candidateId, int distance) {
    return new NearMessage(null, 0, candidateId, distance);
  }

  public boolean hasArticle() {
    return article != null;
  }
}
