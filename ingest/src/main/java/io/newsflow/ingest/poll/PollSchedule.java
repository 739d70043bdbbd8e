package io.newsflow.ingest.poll;

import io.newsflow.core.model.Feed;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a feed is due next. A healthy feed's interval adapts: halved after a poll that found new
 * items, grown by half after one that found none, always within [min, max]. A failing feed
 * waits {@code min × 2^errors}, capped at {@code maxBackoff} and never less than the server's
 * Retry-After; it is never given up. Every wait gets ±10% jitter so feeds do not synchronise.
 */
final class PollSchedule {

  private static final double JITTER = 0.1;

  private final Duration defaultInterval;
  private final Duration min;
  private final Duration max;
  private final Duration maxBackoff;
  private final RandomGenerator random;

  PollSchedule(Duration defaultInterval, Duration min, Duration max, Duration maxBackoff, RandomGenerator random) {
    this.defaultInterval = defaultInterval;
    this.min = min;
    this.max = max;
    this.maxBackoff = maxBackoff;
    this.random = random;
  }

  /** The first interval of a feed: its own, else the default. */
  Duration initial(Feed feed) {
    return feed.interval() != null && !feed.interval().isNegative() && !feed.interval().isZero() ? feed.interval() : defaultInterval;
  }

  /** The interval after a successful poll that found {@code newItems} new items. */
  Duration adapt(Duration current, int newItems) {
    Duration next = newItems > 0 ? current.dividedBy(2) : current.plus(current.dividedBy(2));
    return clamp(next, min, max);
  }

  /** The wait after the {@code errorCount}-th consecutive failure. */
  Duration backoff(int errorCount, Duration retryAfter) {
    long factor = 1L << Math.min(Math.max(errorCount, 0), 30);
    Duration exponential = min.toMillis() > maxBackoff.toMillis() / factor ? maxBackoff : min.multipliedBy(factor);
    Duration wait = jitter(clamp(exponential, min, maxBackoff));
    if (retryAfter != null) {
      Duration asked = clamp(retryAfter, Duration.ZERO, maxBackoff);
      return asked.compareTo(wait) > 0 ? asked : wait;
    }
    return wait;
  }

  /** {@code interval} with ±10% jitter. */
  Duration jitter(Duration interval) {
    double factor = 1 + (random.nextDouble() * 2 - 1) * JITTER;
    return Duration.ofMillis(Math.max(1, Math.round(interval.toMillis() * factor)));
  }

  private static Duration clamp(Duration value, Duration low, Duration high) {
    return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
  }
}
