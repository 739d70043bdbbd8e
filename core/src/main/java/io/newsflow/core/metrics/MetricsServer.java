package io.newsflow.core.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.core.config.Settings;
import io.newsflow.core.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process's metrics registry, with the JVM's own metrics bound, served over HTTP:
 * {@code GET /metrics} in the Prometheus text format and {@code GET /health}, which answers 200
 * when every registered component is up and 503 otherwise (or while none is registered yet),
 * naming each. A taken port is logged
 * and the process runs on without the endpoint: metrics never stop the pipeline.
 */
public final class MetricsServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, BooleanSupplier> components = new LinkedHashMap<>();
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private HttpServer server;

  private MetricsServer(String service) {
    registry.config().commonTags("service", service);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  /** The metrics of {@code service}, served on {@code metrics.host}:{@code metrics.port}
   * unless the port is empty. */
  public static MetricsServer start(Settings settings, String service) {
    MetricsServer metrics = new MetricsServer(service);
    String port = settings.get("metrics.port");
    if (!port.isBlank()) {
      metrics.serve(settings.get("metrics.host"), Integer.parseInt(port.strip()));
    }
    return metrics;
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Adds a component to {@code /health}, up while {@code up} says so. */
  public synchronized void health(String component, BooleanSupplier up) {
    components.put(component, up);
  }

  /** Binds a Streams application's own metrics (task and processor rates, consumer lag, client
   * metrics) and adds it to {@code /health}, up while it runs or rebalances. */
  public void bind(String component, KafkaStreams streams) {
    new KafkaStreamsMetrics(streams).bindTo(registry);
    health(component, () -> streams.state().isRunningOrRebalancing());
  }

  /** The port the endpoint listens on, or -1 when there is none. */
  public int port() {
    return server == null ? -1 : server.getAddress().getPort();
  }

  private void serve(String host, int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      LOG.warn("No /metrics or /health: cannot listen on {}:{} ({})", host, port, e.getMessage());
      return;
    }
    server.createContext("/metrics", exchange -> reply(exchange, 200,
        "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
    server.createContext("/health", this::health);
    server.start();
    LOG.info("Metrics at http://{}:{}/metrics, health at /health", host, port());
  }

  private void health(HttpExchange exchange) throws IOException {
    ObjectNode body = Json.mapper().createObjectNode();
    ObjectNode parts = body.putObject("components");
    boolean up;
    synchronized (this) {
      up = !components.isEmpty();
      for (Map.Entry<String, BooleanSupplier> component : components.entrySet()) {
        boolean componentUp = component.getValue().getAsBoolean();
        parts.put(component.getKey(), componentUp ? "UP" : "DOWN");
        up &= componentUp;
      }
    }
    body.put("status", up ? "UP" : "DOWN");
    reply(exchange, up ? 200 : 503, "application/json", body.toString());
  }

  private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
    gc.close();
    registry.close();
  }
}
