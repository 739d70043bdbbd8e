package io.newsflow.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesJvmAndOwnMetricsInThePrometheusFormat() throws Exception {
    try (MetricsServer metrics = MetricsServer.start(onAnyPort(), "test")) {
      metrics.registry().counter("newsflow.test.things").increment(3);

      HttpResponse<String> response = get(metrics, "/metrics");

      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("newsflow_test_things_total{service=\"test\"} 3.0"), response.body());
      assertTrue(response.body().contains("jvm_memory_used_bytes"), "JVM metrics are bound");
    }
  }

  @Test
  void healthIsDownWithAStatus503WhenAComponentIsDown() throws Exception {
    AtomicBoolean sinkUp = new AtomicBoolean(true);
    try (MetricsServer metrics = MetricsServer.start(onAnyPort(), "test")) {
      metrics.health("enrich", () -> true);
      metrics.health("sink", sinkUp::get);
      assertEquals(200, get(metrics, "/health").statusCode());

      sinkUp.set(false);
      HttpResponse<String> down = get(metrics, "/health");

      assertEquals(503, down.statusCode());
      assertEquals("{\"components\":{\"enrich\":\"UP\",\"sink\":\"DOWN\"},\"status\":\"DOWN\"}", down.body());
    }
  }

  @Test
  void healthIsDownUntilAComponentIsRegistered() throws Exception {
    try (MetricsServer metrics = MetricsServer.start(onAnyPort(), "test")) {
      assertEquals(503, get(metrics, "/health").statusCode());
    }
  }

  @Test
  void servesNothingWhenThePortIsEmpty() {
    try (MetricsServer metrics = MetricsServer.start(Settings.defaultSettings().with("metrics.port", ""), "test")) {
      assertEquals(-1, metrics.port());
    }
  }

  private static Settings onAnyPort() {
    return Settings.defaultSettings().with("metrics.port", "0");
  }

  private HttpResponse<String> get(MetricsServer metrics, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + metrics.port() + path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
