package io.newsflow.ingest.feed;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually carry: RFC 822 and its sloppy variants, ISO 8601 / W3C with
 * or without zone or seconds, and day-month-year or month-day-year forms with month names in
 * English, French, German, Spanish, Italian or Portuguese ({@code 5 mars 2024 à 14h30}). A
 * date without a zone is taken as UTC; named zones (GMT, EST, CEST...) are understood.
 */
final class FeedDates {

  private static final Map<String, Integer> MONTHS = months();
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("UT", "Z"), Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"),
      Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
      Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
      Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("CET", "+01:00"),
      Map.entry("CEST", "+02:00"), Map.entry("MET", "+01:00"), Map.entry("MEST", "+02:00"),
      Map.entry("BST", "+01:00"), Map.entry("IST", "+05:30"), Map.entry("JST", "+09:00"),
      Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("WET", "Z"),
      Map.entry("WEST", "+01:00"));
  private static final String TIME = "(?:[ t,]+(?:at |a |um |alle |as )?(\\d{1,2})[:h](\\d{2})(?:[:m](\\d{2})(?:[.,]\\d+)?)?s?)?";
  private static final String ZONE = "\\s*([+-]\\d{2}:?\\d{2}|[+-]\\d{2}|z|[a-z]{1,5})?\\s*$";
  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME + ZONE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "^(\\d{1,2})(?:er|st|nd|rd|th|\\.)?[ -]+([a-z]+)\\.?[ ,-]+(\\d{2,4})" + TIME + ZONE);
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "^([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE);
  private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile(
      "^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + TIME + ZONE);
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|lu|ma|ju|vi|do|seg|ter|qua|qui|sex|sab)[a-z]*\\.?,?\\s+");

  private FeedDates() {}

  /** The instant {@code text} names, or empty when it is not a date this class knows. */
  static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = normalise(text);
    try {
      Optional<Instant> whole = firstMatch(value);
      return whole.isPresent() ? whole : firstMatch(WEEKDAY.matcher(value).replaceFirst(""));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> firstMatch(String value) {
    Matcher iso = ISO.matcher(value);
    if (iso.matches()) {
      return build(iso.group(1), iso.group(2), iso.group(3), iso, 4);
    }
    Matcher dayFirst = DAY_FIRST.matcher(value);
    if (dayFirst.matches() && MONTHS.containsKey(dayFirst.group(2))) {
      return build(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1), dayFirst, 4);
    }
    Matcher monthFirst = MONTH_FIRST.matcher(value);
    if (monthFirst.matches() && MONTHS.containsKey(monthFirst.group(1))) {
      return build(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2), monthFirst, 4);
    }
    Matcher numeric = NUMERIC_DAY_FIRST.matcher(value);
    if (numeric.matches()) {
      return build(numeric.group(3), numeric.group(2), numeric.group(1), numeric, 4);
    }
    return Optional.empty();
  }

  /** Lower case, accents off, weekday and filler words gone, one space between tokens. */
  private static String normalise(String text) {
    String plain = Normalizer.normalize(text.trim(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ");
    return plain.replaceAll("\\s+(de|del|di|the|of)\\s+", " ").replaceAll("\\s+", " ").trim();
  }

  private static String month(String name) {
    return Integer.toString(MONTHS.get(name));
  }

  private static Optional<Instant> build(String year, String month, String day, Matcher m, int timeGroup) {
    int y = Integer.parseInt(year);
    y = y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y;
    LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    LocalTime time = m.group(timeGroup) == null ? LocalTime.MIDNIGHT : LocalTime.of(
        Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
        m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2)));
    return zone(m.group(timeGroup + 3))
        .map(zone -> LocalDateTime.of(date, time).atZone(zone).toInstant());
  }

  /** The zone of a suffix: an offset, a known abbreviation, UTC when absent, empty when unknown. */
  private static Optional<ZoneId> zone(String suffix) {
    if (suffix == null) {
      return Optional.of(ZoneOffset.UTC);
    }
    String upper = suffix.toUpperCase(Locale.ROOT);
    if (upper.startsWith("+") || upper.startsWith("-")) {
      String digits = upper.replace(":", "");
      String offset = digits.length() == 3 ? digits + "00" : digits;
      return Optional.of(ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3)));
    }
    return Optional.ofNullable(ZONES.get(upper)).map(ZoneId::of);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "janvier", "janv", "januar", "jan", "enero", "ene", "gennaio", "gen", "janeiro"},
      {"february", "feb", "fevrier", "fevr", "fev", "februar", "febrero", "febbraio", "fevereiro"},
      {"march", "mar", "mars", "marz", "maerz", "marzo", "marco"},
      {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
      {"may", "mai", "mayo", "maggio", "mag", "maio"},
      {"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"},
      {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"},
      {"august", "aug", "aout", "agosto", "ago"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"},
      {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.putIfAbsent(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
