package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a pipeline's data lives: the topics, the Streams application ids and their state. The
 * live namespace is the configured one that {@code run} uses; a fresh one (for a replay) has
 * its own prefix, ids and state directory, so that it starts empty and is deleted afterwards.
 *
 * @param settings the settings with this namespace's prefix, application ids and state dir
 * @param fresh true for a throw-away namespace
 */
public record Namespace(Settings settings, boolean fresh) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  static Namespace live(Settings settings) {
    return new Namespace(settings, false);
  }

  /** A new, empty namespace under the configured prefix, such as
   * {@code newsflow.replay-20261123T101500-4f2a.}. */
  public static Namespace fresh(Settings settings, Clock clock) {
    String name = "replay-" + STAMP.format(clock.instant()) + "-"
        + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
    String prefix = settings.get("topics.prefix") + name + ".";
    Path state = Path.of(settings.get("streams.stateDir")).resolve(name);
    return new Namespace(settings
        .with("topics.prefix", prefix)
        .with("enrich.applicationId", prefix + "enrich")
        .with("sink.applicationId", prefix + "sink")
        .with("streams.stateDir", state.toString()), true);
  }

  public String prefix() {
    return settings.get("topics.prefix");
  }

  public Topics topics() {
    return Topics.withPrefix(prefix());
  }

  public String sinkApplicationId() {
    return settings.get("sink.applicationId");
  }

  public Path stateDir() {
    return Path.of(settings.get("streams.stateDir"));
  }
}
