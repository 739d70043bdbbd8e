package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.bench.BenchDocument.Kind;
import io.newsflow.core.model.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static final BenchReport REPORT = BenchReport.of(
      new BenchReport.Setup(1000, 50, 42, 0, 0, new StreamShares(0.05, 0.05, 0.2), "embedded broker in this JVM", 3, 1,
          "exactly_once_v2", 100, 2, "17"),
      new PassThrough.Result(produced(), 500, 1000, 2.0, 500, usage()),
      new PipelinePass.Result(produced(), Map.of("articles", 900, "duplicates", 100, "duplicates exact", 60,
          "duplicates near", 40, "dead letters", 0), Map.of(Kind.ORIGINAL, 700, Kind.FOLLOW_UP, 200,
          Kind.EXACT_DUPLICATE, 50, Kind.NEAR_DUPLICATE, 50), 95, 10, 3000, 850, 50.0, 20.0, 18.0, latency(), usage(),
          List.of(new Timeline.Sample(0, 210, 0, 0), new Timeline.Sample(10, 230, 40, 1), new Timeline.Sample(20, 225, 12, 1))));

  @Test
  void putsTheRatioOfThePipelineToTheCopyLoopInTheReport() {
    assertEquals(0.04, REPORT.pipelineToCopyLoop(), 1e-9);
    assertTrue(REPORT.text().contains("20.0 documents/s, 18.0 articles/s (4.00% of the copy loop's rate)"), REPORT.text());
  }

  @Test
  void showsEveryLatencyPathWithItsPercentiles() {
    String text = REPORT.text();
    assertTrue(text.contains("raw→alert visible"), text);
    assertTrue(text.matches("(?s).*raw→article\\s+120\\s+900\\s+1500\\s+900.*"), text);
    assertTrue(text.contains("1,000 records in 2.0 s, 500 records/s"), text);
    assertTrue(text.contains("95 of the duplicates pair a copy with its source (10 the other way round"), text);
  }

  @Test
  void showsHeapLagAndDeadLettersOverTime() {
    assertTrue(REPORT.text().matches("(?s).*over time.*\\n\\s+0\\.2\\s+230 MB\\s+40\\s+1\\n.*"), REPORT.text());
  }

  @Test
  void writesTheSameFiguresAsJson() throws Exception {
    JsonNode json = Json.mapper().readTree(REPORT.json());
    assertEquals(900, json.path("pipeline").path("outcomes").path("articles").asInt());
    assertEquals(1500, json.path("pipeline").path("latency").path("raw→article").path("max").asInt());
    assertEquals(500.0, json.path("copyLoop").path("perSecond").asDouble());
    assertEquals(0.04, json.path("pipelineToCopyLoop").asDouble(), 1e-9);
  }

  private static Feeder.Produced produced() {
    return new Feeder.Produced(1000, 25_000_000, 110_000, 800, 200, Map.of("fr", 550, "en", 380, "es", 70), 1.5);
  }

  private static ProcessMeter.Usage usage() {
    return new ProcessMeter.Usage(50, 90, 700L << 20, 1L << 30, 6L << 30, 20, 0.5);
  }

  private static Map<String, LatencyStats.Latency> latency() {
    Map<String, LatencyStats.Latency> paths = new LinkedHashMap<>();
    paths.put("raw→article", new LatencyStats.Latency(900, 120, 900, 1500, 200));
    paths.put("raw→alert visible", new LatencyStats.Latency(3000, 150, 1000, 1600, 250));
    return paths;
  }
}
