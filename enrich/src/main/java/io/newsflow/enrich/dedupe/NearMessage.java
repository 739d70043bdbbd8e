package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;

/**
 * What reaches the near-duplicate judge of one article: the article itself (with how many band
 * answers to expect), one band's answer (how far the closest earlier article it knows is, named when near enough
 * to be a duplicate), or a
 * late notice that an earlier near copy reached a band after this article did.
 */
public record NearMessage(Article article, int probes, String candidateId, int distance, boolean late) {

  public static final int NONE = Integer.MAX_VALUE;

  public static NearMessage article(Article article, int probes) {
    return new NearMessage(article, probes, null, NONE, false);
  }

  public static NearMessage answer(String candidateId, int distance) {
    return new NearMessage(null, 0, candidateId, distance, false);
  }

  public static NearMessage lateAnswer(String candidateId, int distance) {
    return new NearMessage(null, 0, candidateId, distance, true);
  }

  public boolean hasArticle() {
    return article != null;
  }
}
