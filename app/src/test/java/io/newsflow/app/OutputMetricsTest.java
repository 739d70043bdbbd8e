package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class OutputMetricsTest {

  private final Topics topics = Topics.withPrefix("newsflow.");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final OutputMetrics metrics = new OutputMetrics(registry, topics);

  @Test
  void measuresFreshnessFromPublicationToTheArticleRecord() {
    Instant published = Instant.parse("2026-11-23T10:00:00Z");
    metrics.record(record(topics.articles().name(), published.toEpochMilli() + 90_000,
        "{\"id\":\"a\",\"publishedAt\":\"2026-11-23T10:00:00Z\"}", new RecordHeaders()));

    var freshness = registry.get("newsflow.freshness").tag("path", "published-to-articles").timer();
    assertEquals(1, freshness.count());
    assertEquals(90.0, freshness.totalTime(TimeUnit.SECONDS), 0.001);
    assertEquals(1.0, registry.get("newsflow.output.records").tag("topic", "articles").counter().count());
  }

  @Test
  void countsDeadLettersByStageAndReason() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(DeadLetters.STAGE, "enrich".getBytes(StandardCharsets.UTF_8));
    headers.add(DeadLetters.ERROR, "SerializationException: not a RawDocument".getBytes(StandardCharsets.UTF_8));

    metrics.record(record(topics.deadLetters().name(), 0, "<html>", headers));

    assertEquals(1.0, registry.get("newsflow.dead.letters")
        .tag("stage", "enrich").tag("reason", "SerializationException").counter().count());
  }

  @Test
  void measuresNoFreshnessWithoutAPublicationTime() {
    metrics.record(record(topics.alerts().name(), 1_000, "{\"id\":\"s|a\"}", new RecordHeaders()));

    assertEquals(0, registry.find("newsflow.freshness").timers().size());
  }

  private static ConsumerRecord<String, byte[]> record(String topic, long timestamp, String json, RecordHeaders headers) {
    return new ConsumerRecord<>(topic, 0, 0, timestamp, TimestampType.LOG_APPEND_TIME, -1, -1, "key",
        json.getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
  }
}
