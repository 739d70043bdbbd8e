package io.newsflow.ingest.poll;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.core.metrics.MetricsServer;
import java.util.function.ToDoubleFunction;

/** A feed poller's health as metrics: feeds by state, polls and documents produced. */
public final class PollerMetrics {

  private PollerMetrics() {}

  /** Binds {@code poller}'s gauges and counters, and adds it to {@code /health}. */
  public static void bind(MetricsServer metrics, FeedPoller poller) {
    MeterRegistry registry = metrics.registry();
    feeds(registry, poller, "all", PollerStatus::feeds);
    feeds(registry, poller, "due", PollerStatus::due);
    feeds(registry, poller, "fetching", PollerStatus::fetching);
    feeds(registry, poller, "healthy", PollerStatus::healthy);
    feeds(registry, poller, "failing", PollerStatus::failing);
    FunctionCounter.builder("newsflow.ingest.polls", poller, p -> p.status().polls())
        .description("Feed polls done").register(registry);
    FunctionCounter.builder("newsflow.ingest.documents", poller, p -> p.status().documents())
        .description("Documents produced to the raw topic").register(registry);
    metrics.health("ingest", poller::running);
  }

  private static void feeds(MeterRegistry registry, FeedPoller poller, String state, ToDoubleFunction<PollerStatus> count) {
    Gauge.builder("newsflow.ingest.feeds", poller, p -> count.applyAsDouble(p.status()))
        .tag("state", state).description("Feeds watched, by state").register(registry);
  }
}
