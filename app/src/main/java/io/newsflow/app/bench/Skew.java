package io.newsflow.app.bench;

import java.util.SplittableRandom;

/** Draws small indexes far more often than large ones, as popular subjects are. */
final class Skew {

  private Skew() {}

  /** An index in [0, bound): uniform in log scale, so index 0 is the most frequent. */
  static int index(SplittableRandom random, int bound) {
    double u = random.nextDouble();
    return (int) Math.min(bound - 1, Math.max(0, Math.floor(Math.pow(bound, u)) - 1));
  }
}
