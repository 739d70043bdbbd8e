package io.newsflow.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations people write: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h},
 * {@code 7d}, or ISO-8601 ({@code PT1H}). */
public final class Durations {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** Parses {@code text}; {@code what} names the setting or option in the error. */
  public static Duration parse(String what, String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = SHORT.matcher(value);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      switch (matcher.group(2)) {
        case "ms": return Duration.ofMillis(amount);
        case "s": return Duration.ofSeconds(amount);
        case "m": return Duration.ofMinutes(amount);
        case "h": return Duration.ofHours(amount);
        default: return Duration.ofDays(amount);
      }
    }
    try {
      return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what + ": '" + text + "' is not a duration (examples: 30s, 10m, 1h, 7d, PT1H)");
    }
  }
}
