package io.newsflow.sink.deliver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs an alert as JSON to a subscription's webhook, with the alert id in an
 * {@code Idempotency-Key} header so the receiver can drop a redelivery. Network errors,
 * timeouts, 408, 429 and 5xx are retried with capped exponential backoff; after the configured
 * attempts, or at once for another status (the receiver refuses it and will go on refusing),
 * the delivery fails with the reason.
 */
final class WebhookDelivery {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

  private final HttpClient client;
  private final DeliveryConfig config;

  WebhookDelivery(HttpClient client, DeliveryConfig config) {
    this.client = client;
    this.config = config;
  }

  /** Delivers {@code json}: the receiver took it, refused it (and why), or delivery stopped first. */
  Outcome deliver(URI url, String idempotencyKey, byte[] json, Waiting waiting) {
    String reason = null;
    for (int attempt = 1; attempt <= config.webhookAttempts(); attempt++) {
      Attempt result = post(url, idempotencyKey, json);
      if (result.delivered()) {
        return Outcome.DELIVERED;
      }
      reason = "webhook " + url + " failed " + attempt + " time(s), last: " + result.reason();
      if (!result.retryable()) {
        return Outcome.failed(reason);
      }
      LOG.debug("Alert {}: attempt {} to {} failed: {}", idempotencyKey, attempt, url, result.reason());
      if (attempt < config.webhookAttempts() && !waiting.waitFor(config.backoffAfter(attempt))) {
        return Outcome.STOPPED;
      }
    }
    return Outcome.failed(reason);
  }

  /**
   * How a delivery ended: {@code failure} is null when delivered or stopped (the alert is then
   * left uncommitted, to be delivered again).
   */
  record Outcome(boolean done, String failure) {
    static final Outcome DELIVERED = new Outcome(true, null);
    static final Outcome STOPPED = new Outcome(false, null);

    static Outcome failed(String reason) {
      return new Outcome(true, reason);
    }
  }

  private Attempt post(URI url, String idempotencyKey, byte[] json) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(config.webhookTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header(IDEMPOTENCY_KEY, idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return Attempt.of(response.statusCode());
    } catch (IOException e) {
      return new Attempt(false, true, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(false, true, "interrupted");
    }
  }

  /** The outcome of one POST. */
  private record Attempt(boolean delivered, boolean retryable, String reason) {
    static Attempt of(int status) {
      boolean retryable = status == 408 || status == 429 || status >= 500;
      return new Attempt(status / 100 == 2, retryable, "HTTP " + status);
    }
  }
}
