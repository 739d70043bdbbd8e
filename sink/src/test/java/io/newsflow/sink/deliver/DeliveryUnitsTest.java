package io.newsflow.sink.deliver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.model.Alert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryUnitsTest {

  private static final JsonSerde<Alert> ALERTS = JsonSerde.of(Alert.class);
  private static final DeliveryConfig CONFIG = new DeliveryConfig("g", Duration.ofSeconds(5), 4,
      Duration.ofMillis(100), Duration.ofMillis(300));

  private HttpServer server;
  private final List<String> keys = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new ArrayList<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void backsOffExponentiallyUpToTheCap() {
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300),
        Duration.ofMillis(300)), List.of(CONFIG.backoffAfter(1), CONFIG.backoffAfter(2),
        CONFIG.backoffAfter(3), CONFIG.backoffAfter(4)));
  }

  @Test
  void retriesAServerErrorThenDeliversWithTheIdempotencyKey() throws IOException {
    URI url = receiver(2, 503);
    WebhookDelivery.Outcome outcome = webhook().deliver(url, "s|a1", json(alert("a1")), waits::add);
    assertEquals(WebhookDelivery.Outcome.DELIVERED, outcome);
    assertEquals(List.of("s|a1", "s|a1", "s|a1"), keys);
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheReason() throws IOException {
    URI url = receiver(100, 500);
    String failure = webhook().deliver(url, "s|a1", json(alert("a1")), waits::add).failure();
    assertEquals("webhook " + url + " failed 4 time(s), last: HTTP 500", failure);
    assertEquals(4, keys.size());
    assertEquals(3, waits.size());
  }

  @Test
  void doesNotRetryWhatTheReceiverRefuses() throws IOException {
    URI url = receiver(100, 410);
    String failure = webhook().deliver(url, "s|a1", json(alert("a1")), waits::add).failure();
    assertEquals("webhook " + url + " failed 1 time(s), last: HTTP 410", failure);
    assertEquals(1, keys.size());
  }

  @Test
  void retriesWhenNothingListens() {
    URI url = URI.create("http://127.0.0.1:9/hook");
    String failure = webhook().deliver(url, "s|a1", json(alert("a1")), waits::add).failure();
    assertTrue(failure.startsWith("webhook " + url + " failed 4 time(s), last: ConnectException"), failure);
  }

  @Test
  void leavesTheAlertUndoneWhenStoppedDuringABackoff() throws IOException {
    URI url = receiver(100, 503);
    WebhookDelivery.Outcome outcome = webhook().deliver(url, "s|a1", json(alert("a1")), wait -> false);
    assertEquals(WebhookDelivery.Outcome.STOPPED, outcome);
    assertEquals(1, keys.size());
  }

  @Test
  void appendsEachAlertOnceEvenAfterARestart(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("alerts/ai.jsonl");
    assertTrue(new FileDelivery().append(file, alert("a1"), json(alert("a1"))));
    FileDelivery restarted = new FileDelivery();
    assertFalse(restarted.append(file, alert("a1"), json(alert("a1"))));
    assertTrue(restarted.append(file, alert("a2"), json(alert("a2"))));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(List.of("s|a1", "s|a2"), lines.stream().map(l -> ALERTS.read(l.getBytes(StandardCharsets.UTF_8)).id()).toList());
  }

  @Test
  void formatsAnAlertOnTwoReadableLines() {
    Alert update = new Alert(1, null, "ai", "a2", "story-1", "https://example.org/a2",
        "OpenAI et\n Microsoft  signent", List.of("entity:org/openai", "text:accord"), true, 3, "fr",
        Instant.parse("2025-06-01T10:05:00Z"), "lemonde.fr");
    assertEquals("2025-06-01 10:05Z [ai] update #3  OpenAI et Microsoft signent  (fr, lemonde.fr)\n"
        + "    https://example.org/a2  story story-1  matched entity:org/openai text:accord",
        AlertTail.format(update));
  }

  @Test
  void tailsOnlyTheFollowedSubscription() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AlertTail tail = new AlertTail(new PrintStream(bytes, true, StandardCharsets.UTF_8), "s");
    assertTrue(tail.print(alert("a1")));
    assertFalse(tail.print(new Alert(1, null, "other", "a1", null, "https://x", "t", List.of(), false, 1, "fr", null, null)));
    assertEquals(AlertTail.format(alert("a1")) + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
  }

  private WebhookDelivery webhook() {
    return new WebhookDelivery(HttpClient.newHttpClient(), CONFIG);
  }

  /** A receiver that answers {@code status} to the first {@code failures} calls, then 200. */
  private URI receiver(int failures, int status) throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      keys.add(exchange.getRequestHeaders().getFirst(WebhookDelivery.IDEMPOTENCY_KEY));
      exchange.sendResponseHeaders(calls.incrementAndGet() <= failures ? status : 200, -1);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  private static Alert alert(String articleId) {
    return new Alert(1, null, "s", articleId, "story-1", "https://example.org/" + articleId,
        "OpenAI signe", List.of("text:openai"), false, 1, "fr", Instant.parse("2025-06-01T10:00:00Z"), "example.org");
  }

  private static byte[] json(Alert alert) {
    return ALERTS.write(alert);
  }
}
