package io.newsflow.sink;

import io.newsflow.core.config.Settings;
import java.util.Objects;

/** The sink service's settings. */
public record SinkConfig(String applicationId) {

  public SinkConfig {
    Objects.requireNonNull(applicationId, "applicationId");
  }

  public static SinkConfig from(Settings settings) {
    return new SinkConfig(settings.get("sink.applicationId"));
  }
}
