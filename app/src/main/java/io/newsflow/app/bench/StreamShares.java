package io.newsflow.app.bench;

/**
 * The shares of the generated stream that are not new stories: exact copies (same text, other
 * URL), near copies (one sentence changed, another site's furniture) and follow-ups (new articles
 * on an earlier story).
 */
record StreamShares(double exactDuplicates, double nearDuplicates, double followUps) {

  StreamShares {
    check("exact duplicates", exactDuplicates);
    check("near duplicates", nearDuplicates);
    check("follow-ups", followUps);
    if (exactDuplicates + nearDuplicates + followUps >= 1) {
      throw new IllegalArgumentException("the shares of duplicates and follow-ups must leave room for new stories");
    }
  }

  private static void check(String name, double share) {
    if (!(share >= 0 && share < 1)) {
      throw new IllegalArgumentException("the share of " + name + " must be at least 0 and below 1: " + share);
    }
  }
}
