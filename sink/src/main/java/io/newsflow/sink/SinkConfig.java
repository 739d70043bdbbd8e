package io.newsflow.sink;

import io.newsflow.core.config.Settings;
import java.time.Duration;
import java.util.Objects;

/**
 * The sink service's settings.
 *
 * @param storyWindow how long a subscription remembers a story it alerted on (after its last
 *     matching article); a story that comes back later alerts afresh
 * @param digestCheck how often due digests are looked for and sent
 */
public record SinkConfig(String applicationId, Duration storyWindow, Duration digestCheck) {

  public SinkConfig {
    Objects.requireNonNull(applicationId, "applicationId");
    positive("storyWindow", storyWindow);
    positive("digestCheck", digestCheck);
  }

  /** The defaults of everything but the application id. */
  public static SinkConfig of(String applicationId) {
    return new SinkConfig(applicationId, Duration.ofDays(7), Duration.ofSeconds(1));
  }

  public static SinkConfig from(Settings settings) {
    return new SinkConfig(settings.get("sink.applicationId"),
        settings.getDuration("sink.storyWindow"), settings.getDuration("sink.digestCheck"));
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
    }
  }
}
