package io.newsflow.enrich;

import io.newsflow.core.config.Settings;
import java.time.Duration;
import java.util.Objects;

/**
 * The enrich service's settings.
 *
 * @param applicationId Streams application id (consumer group and state prefix)
 * @param window how long dedupe and story state remember what they saw
 */
public record EnrichConfig(String applicationId, Duration window) {

  public EnrichConfig {
    Objects.requireNonNull(applicationId, "applicationId");
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("enrich.window must be positive: " + window);
    }
  }

  public static EnrichConfig from(Settings settings) {
    return new EnrichConfig(settings.get("enrich.applicationId"), settings.getDuration("enrich.window"));
  }
}
