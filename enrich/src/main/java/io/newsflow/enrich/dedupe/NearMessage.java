package io.newsflow.enrich.dedupe;

import io.newsflow.core.model.Article;

/**
 * What reaches the near-duplicate judge of one article: the article itself (with how many band
 * answers to expect), one band's answer (how far the closest earlier article it knows is, and
 * that article's content reference and record time), or a late notice that an earlier near
 * copy reached a band after this article did.
 */
public record NearMessage(Article article, int probes, int distance, int originalRef, long originalTime, boolean late) {

  public static final int NONE = Integer.MAX_VALUE;

  public static NearMessage article(Article article, int probes) {
    return new NearMessage(article, probes, NONE, 0, 0, false);
  }

  public static NearMessage nothingFound() {
    return new NearMessage(null, 0, NONE, 0, 0, false);
  }

  public static NearMessage answer(int distance, int originalRef, long originalTime) {
    return new NearMessage(null, 0, distance, originalRef, originalTime, false);
  }

  public static NearMessage lateAnswer(int distance, int originalRef, long originalTime) {
    return new NearMessage(null, 0, distance, originalRef, originalTime, true);
  }

  public boolean hasArticle() {
    return article != null;
  }
}
