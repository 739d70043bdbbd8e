package io.newsflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Json;
import io.newsflow.sink.files.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a replay's result into its output files, in replay order so that the same folder
 * always gives the same files, and into the summary table the command prints.
 */
final class ReplayReport {

  private static final int TOP_ENTITIES = 8;

  private final Topics topics;
  private final Replay.Result result;
  private final Map<String, Integer> order = new HashMap<>();

  ReplayReport(Topics topics, Replay.Result result) {
    this.topics = topics;
    this.result = result;
    for (String id : result.documentIds()) {
      order.putIfAbsent(id, order.size());
    }
  }

  /** Writes the four JSON Lines files into {@code dir}, replacing earlier ones. */
  void write(Path dir) {
    try (OutputFiles files = new OutputFiles(dir, topics, true)) {
      sorted(result.outcomes(), r -> r.key()).forEach(files::write);
      sorted(result.alerts(), r -> json(r).path("articleId").asText()).forEach(files::write);
    }
  }

  /** The summary: outcomes, languages, top entities and alerts per subscription. */
  String summary() {
    StringBuilder out = new StringBuilder();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    outcomes.put("articles", count(topics.articles().name()));
    outcomes.put("duplicates", count(topics.duplicates().name()));
    outcomes.put("dead letters", count(topics.deadLetters().name()));
    table(out, "outcome", "documents", outcomes);
    table(out, "language", "articles", languages());
    table(out, "top entities", "articles", entities());
    table(out, "alerts per subscription", "alerts", alertsPerSubscription());
    return out.toString();
  }

  private Map<String, Integer> languages() {
    Map<String, Integer> counts = new TreeMap<>();
    articles().forEach(a -> counts.merge(a.path("language").asText("und"), 1, Integer::sum));
    return counts;
  }

  private Map<String, Integer> entities() {
    Map<String, Integer> counts = new HashMap<>();
    articles().forEach(a -> a.path("entities").forEach(e ->
        counts.merge(e.path("name").asText() + " (" + e.path("id").asText() + ")", 1, Integer::sum)));
    return top(counts);
  }

  private Map<String, Integer> alertsPerSubscription() {
    Map<String, Integer> counts = new TreeMap<>();
    result.alerts().forEach(r -> counts.merge(json(r).path("subscriptionId").asText(), 1, Integer::sum));
    return counts;
  }

  private List<JsonNode> articles() {
    return result.outcomes().stream()
        .filter(r -> r.topic().equals(topics.articles().name()))
        .map(ReplayReport::json)
        .toList();
  }

  private int count(String topic) {
    return (int) result.outcomes().stream().filter(r -> r.topic().equals(topic)).count();
  }

  private static Map<String, Integer> top(Map<String, Integer> counts) {
    Map<String, Integer> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_ENTITIES)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static void table(StringBuilder out, String heading, String unit, Map<String, Integer> rows) {
    int width = Math.max(heading.length(), rows.keySet().stream().mapToInt(String::length).max().orElse(0));
    String format = "  %-" + width + "s  %" + Math.max(unit.length(), 5) + "s%n";
    out.append(String.format(Locale.ROOT, format, heading, unit));
    if (rows.isEmpty()) {
      out.append(String.format(Locale.ROOT, format, "(none)", ""));
    }
    rows.forEach((name, count) -> out.append(String.format(Locale.ROOT, format, name, count)));
    out.append(System.lineSeparator());
  }

  private List<ConsumerRecord<String, byte[]>> sorted(
      List<ConsumerRecord<String, byte[]>> records,
      java.util.function.Function<ConsumerRecord<String, byte[]>, String> documentId) {
    List<ConsumerRecord<String, byte[]>> copy = new ArrayList<>(records);
    copy.sort(Comparator.comparing((ConsumerRecord<String, byte[]> r) -> order.getOrDefault(documentId.apply(r), Integer.MAX_VALUE))
        .thenComparing(ConsumerRecord::topic)
        .thenComparing(r -> r.key() == null ? "" : r.key())
        .thenComparingLong(ConsumerRecord::offset));
    return copy;
  }

  private static JsonNode json(ConsumerRecord<String, byte[]> record) {
    try {
      return Json.mapper().readTree(record.value());
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable record in " + record.topic(), e);
    }
  }
}
