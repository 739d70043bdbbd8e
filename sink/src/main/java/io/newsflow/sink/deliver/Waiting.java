package io.newsflow.sink.deliver;

import java.time.Duration;

/**
 * How a retry waits: the delivery service keeps polling its paused consumer meanwhile, so that
 * a long backoff does not cost it its place in the consumer group.
 */
@FunctionalInterface
interface Waiting {

  /** Waits {@code duration}; returns false when the wait was cut short because delivery is stopping. */
  boolean waitFor(Duration duration);
}
