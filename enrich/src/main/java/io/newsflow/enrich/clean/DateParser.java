package io.newsflow.enrich.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine dates pages state (ISO 8601 in its many site dialects: with or without
 * offset, offset without colon, date only) as instants; local times are taken as UTC.
 */
final class DateParser {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

  private DateParser() {}

  /** The instant {@code text} states, or null when it states none. */
  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = ISO.matcher(text.strip());
    if (!matcher.lookingAt()) {
      return null;
    }
    try {
      return toInstant(matcher.group(1), matcher.group(2), matcher.group(3));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant toInstant(String date, String time, String offset) {
    if (time == null) {
      return LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    String localTime = time.length() == 5 ? time + ":00" : time;
    if (offset == null) {
      return LocalDateTime.parse(date + "T" + localTime).toInstant(ZoneOffset.UTC);
    }
    String isoOffset = offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    return OffsetDateTime.parse(date + "T" + localTime + isoOffset).toInstant();
  }
}
