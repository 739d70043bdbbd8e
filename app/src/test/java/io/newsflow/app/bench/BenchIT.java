package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.Newsflow;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow bench} end to end through a real broker, small, as a user runs it with --json. */
@ExtendWith(KafkaBroker.class)
class BenchIT {

  private static final int DOCUMENTS = 150;
  private static final Path SEEDS = Path.of("").toAbsolutePath().getParent().resolve("seeds");

  @Test
  void measuresEveryGeneratedDocumentThroughTheCopyLoopAndThePipeline(KafkaBroker broker, @TempDir Path tmp) throws Exception {
    Set<String> topicsBefore = topics(broker);
    Path config = Files.writeString(tmp.resolve("bench.properties"), "streams.stateDir=" + tmp.resolve("state") + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Newsflow.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));

    int exit = command.execute("bench", "--articles", Integer.toString(DOCUMENTS), "--subscriptions", "200", "--json",
        "--seeds", SEEDS.toString(), "--bootstrap-servers", broker.bootstrapServers(), "--config", config.toString());

    assertEquals(0, exit, err.toString());
    JsonNode report = Json.mapper().readTree(out.toString());
    assertEquals(DOCUMENTS, report.path("setup").path("documents").asInt());
    JsonNode copy = report.path("copyLoop");
    assertEquals(DOCUMENTS, copy.path("copied").asInt());
    assertEquals(DOCUMENTS, copy.path("produced").path("documents").asInt());
    assertTrue(copy.path("perSecond").asDouble() > 0, copy.toString());
    assertTrue(copy.path("producedPerSecond").asDouble() > 0, copy.toString());

    JsonNode pipeline = report.path("pipeline");
    assertEquals(DOCUMENTS, pipeline.path("produced").path("documents").asInt());
    JsonNode planned = pipeline.path("planned");
    assertEquals(DOCUMENTS, sum(planned, "ORIGINAL", "FOLLOW_UP", "EXACT_DUPLICATE", "NEAR_DUPLICATE"));
    JsonNode outcomes = pipeline.path("outcomes");
    int articles = outcomes.path("articles").asInt();
    assertEquals(DOCUMENTS, sum(outcomes, "articles", "duplicates", "dead letters"), outcomes.toString());
    assertEquals(outcomes.path("duplicates").asInt(), sum(outcomes, "duplicates exact", "duplicates near"), outcomes.toString());
    assertTrue(outcomes.path("duplicates exact").asInt() >= planned.path("EXACT_DUPLICATE").asInt(), outcomes.toString());
    assertTrue(pipeline.path("paired").asInt() >= planned.path("EXACT_DUPLICATE").asInt(), pipeline.toString());
    assertTrue(pipeline.path("paired").asInt() <= outcomes.path("duplicates").asInt(), pipeline.toString());
    assertEquals(0, outcomes.path("dead letters").asInt());

    JsonNode latency = pipeline.path("latency");
    assertEquals(articles, latency.path("raw→article").path("count").asInt());
    int alerts = pipeline.path("alerts").asInt();
    assertTrue(alerts > 0, pipeline.toString());
    assertEquals(alerts, latency.path("raw→alert").path("count").asInt());
    assertEquals(alerts, latency.path("raw→alert visible").path("count").asInt());
    for (String path : List.of("raw→article", "raw→alert")) {
      JsonNode l = latency.path(path);
      assertTrue(l.path("p50").asLong() <= l.path("p99").asLong() && l.path("p99").asLong() <= l.path("max").asLong(), l.toString());
    }
    assertTrue(pipeline.path("articlesAlerted").asInt() <= articles);
    assertTrue(pipeline.path("usage").path("cpuSeconds").asDouble() > 0);
    assertTrue(pipeline.path("usage").path("heapPeakBytes").asLong() > 0);
    assertTrue(report.path("pipelineToCopyLoop").asDouble() > 0);

    Set<String> left = new java.util.TreeSet<>(topics(broker));
    left.removeAll(topicsBefore);
    assertEquals(Set.of(), left, "the bench deletes its namespace");
    assertTrue(!Files.exists(tmp.resolve("state")) || Files.list(tmp.resolve("state")).findAny().isEmpty());
  }

  private static Set<String> topics(KafkaBroker broker) throws Exception {
    try (org.apache.kafka.clients.admin.Admin admin = broker.admin()) {
      return admin.listTopics().names().get();
    }
  }

  private static int sum(JsonNode node, String... fields) {
    int total = 0;
    for (String field : fields) {
      total += node.path(field).asInt();
    }
    return total;
  }
}
