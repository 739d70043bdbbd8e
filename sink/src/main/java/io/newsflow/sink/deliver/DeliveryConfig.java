package io.newsflow.sink.deliver;

import io.newsflow.core.config.Settings;
import java.time.Duration;
import java.util.Objects;

/**
 * The delivery service's settings.
 *
 * @param groupId consumer group of the delivery service on the {@code alerts} topic
 * @param webhookTimeout time allowed for one POST, connection and response
 * @param webhookAttempts attempts before an alert goes to dead letters
 * @param backoff wait before the first retry, doubled after each failure
 * @param maxBackoff longest wait between two attempts
 */
public record DeliveryConfig(String groupId, Duration webhookTimeout, int webhookAttempts,
    Duration backoff, Duration maxBackoff) {

  public DeliveryConfig {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(webhookTimeout, "webhookTimeout");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (webhookAttempts < 1) {
      throw new IllegalArgumentException("webhookAttempts must be at least 1, not " + webhookAttempts);
    }
    if (maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than backoff " + backoff);
    }
  }

  public static DeliveryConfig from(Settings settings) {
    return new DeliveryConfig(settings.get("sink.delivery.groupId"),
        settings.getDuration("sink.webhook.timeout"), settings.getInt("sink.webhook.attempts"),
        settings.getDuration("sink.webhook.backoff"), settings.getDuration("sink.webhook.maxBackoff"));
  }

  /** The wait after the {@code failures}-th failed attempt: exponential, capped. */
  Duration backoffAfter(int failures) {
    Duration wait = backoff;
    for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
