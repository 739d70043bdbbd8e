package io.newsflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What {@code newsflow run} reads of the output topics, as metrics: records per topic, dead
 * letters per stage and reason, and freshness, the time from an article's publication to its
 * article record and to each of its alerts (the records' append times).
 */
final class OutputMetrics {

  private final MeterRegistry registry;
  private final Map<String, String> shortNames = new HashMap<>();
  private final String articles;
  private final String alerts;
  private final String deadLetters;

  OutputMetrics(MeterRegistry registry, Topics topics) {
    this.registry = registry;
    for (Topic<?, ?> topic : List.of(topics.articles(), topics.duplicates(), topics.alerts(), topics.deadLetters())) {
      shortNames.put(topic.name(), topic.name().substring(topics.prefix().length()));
    }
    this.articles = topics.articles().name();
    this.alerts = topics.alerts().name();
    this.deadLetters = topics.deadLetters().name();
  }

  void record(ConsumerRecord<String, byte[]> record) {
    String topic = shortNames.getOrDefault(record.topic(), record.topic());
    Counter.builder("newsflow.output.records").tag("topic", topic)
        .description("Records read from the output topics").register(registry).increment();
    if (record.topic().equals(deadLetters)) {
      Counter.builder("newsflow.dead.letters")
          .tag("stage", String.valueOf(DeadLetters.header(record.headers(), DeadLetters.STAGE)))
          .tag("reason", reason(DeadLetters.header(record.headers(), DeadLetters.ERROR)))
          .description("Records a stage could not process").register(registry).increment();
    } else if (record.topic().equals(articles) || record.topic().equals(alerts)) {
      Instant published = publishedAt(record.value());
      if (published != null && published.toEpochMilli() <= record.timestamp()) {
        Timer.builder("newsflow.freshness").tag("path", "published-to-" + topic)
            .description("Time from an article's publication to its record on the output topic")
            .publishPercentiles(0.5, 0.99).register(registry)
            .record(Duration.ofMillis(record.timestamp() - published.toEpochMilli()));
      }
    }
  }

  /** The exception's class name, which the error header starts with ("SerializationException: ..."). */
  static String reason(String error) {
    if (error == null || error.isBlank()) {
      return "unknown";
    }
    int colon = error.indexOf(':');
    return (colon < 0 ? error : error.substring(0, colon)).strip();
  }

  private static Instant publishedAt(byte[] value) {
    try {
      JsonNode published = Json.mapper().readTree(value).path("publishedAt");
      return published.isTextual() ? Instant.parse(published.asText()) : null;
    } catch (IOException | DateTimeParseException e) {
      return null;
    }
  }
}
