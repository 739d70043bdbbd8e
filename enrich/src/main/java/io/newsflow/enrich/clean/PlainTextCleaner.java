package io.newsflow.enrich.clean;

import io.newsflow.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a saved article's plain text, line by line, by the shape of each line and its
 * neighbours rather than by known strings: furniture lines are short and unpunctuated (share
 * buttons, counters), link blocks are a short heading ending in a colon over a list, the
 * trailer (related articles, newsletter, legal notices) starts at a capitalised heading in the
 * last part of the text, and a source or photo credit is a label, a colon and a name or URL.
 */
final class PlainTextCleaner {

  private static final int FURNITURE_WORDS = 3;
  private static final int TITLE_MIN_WORDS = 4;
  private static final double TRAILER_FROM = 0.5;
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-•*·–—>]|\\d+[.)])\\s+\\S.*");
  private static final Pattern COUNTER = Pattern.compile("^[\\p{L} ]{1,30}\\(\\d+\\)$");
  private static final Pattern SOURCE = Pattern.compile("(?iu)^(source|sources|via)\\s*:\\s*(https?://\\S+)\\s*$");
  private static final Pattern CREDIT = Pattern.compile(
      "(?iu)[\\s|]*\\b(photo|cr[ée]dits?(?: photo)?|illustration|image|picture)\\s*:\\s*[^.|\\n]{1,80}[\\s.|]*$");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final int SIGN_UP_MAX_WORDS = 15;
  private static final List<String> SIGN_UP_CUES = List.of("newsletter", "lettre d'information",
      "abonnez", "inscrivez", "subscribe", "sign up");
  private static final List<String> LEGAL_CUES = List.of("email", "e-mail", "donnees personnelles",
      "personal data", "rgpd", "gdpr", "desinscri", "unsubscribe", "rcs ", "capital de",
      "politique de confidentialite", "privacy policy", "cookies", "traite par", "inscription",
      "newsletter", "abonnez", "subscribe");

  private PlainTextCleaner() {}

  static CleanText clean(String body) {
    List<String> lines = nonEmptyLines(TextNormalizer.clean(body));
    String sourceLink = null;
    List<String> kept = new ArrayList<>();
    int trailer = trailerStart(lines);
    for (int i = 0; i < trailer; i++) {
      String line = lines.get(i);
      Matcher source = SOURCE.matcher(line);
      if (source.matches()) {
        sourceLink = source.group(2);
      } else if (isLinkBlockHeading(lines, i)) {
        i = skipList(lines, i + 1) - 1;
      } else if (!isFurniture(line) && !isLegal(line)) {
        kept.add(CREDIT.matcher(line).replaceFirst("").strip());
      }
    }
    return titled(kept, sourceLink);
  }

  /** The first line long enough to be a headline is the title; its repeats and the short lines
   * before it go. */
  private static CleanText titled(List<String> lines, String sourceLink) {
    int at = 0;
    while (at < lines.size() && words(lines.get(at)) < TITLE_MIN_WORDS) {
      at++;
    }
    if (at == lines.size()) {
      return new CleanText("", String.join("\n", lines), null, null, null, sourceLink);
    }
    String title = lines.get(at);
    String key = TextNormalizer.fold(title);
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (!TextNormalizer.fold(line).equals(key)) {
        body.add(line);
      }
    }
    return new CleanText(title, String.join("\n", body), null, null, null, sourceLink);
  }

  /** Where the trailer starts: the first capitalised heading in the last part of the text that
   * has no long paragraph of the article after it, else the end. */
  private static int trailerStart(List<String> lines) {
    int from = (int) (lines.size() * TRAILER_FROM);
    for (int i = Math.max(1, from); i < lines.size(); i++) {
      if (isCapitalHeading(lines.get(i))) {
        return i;
      }
    }
    return lines.size();
  }

  private static boolean isCapitalHeading(String line) {
    String letters = line.replaceAll("[^\\p{L}]", "");
    long upper = letters.chars().filter(Character::isUpperCase).count();
    return words(line) >= 2 && words(line) <= 8 && letters.length() >= 6
        && upper >= letters.length() * 0.6 && !line.endsWith(".");
  }

  /** "Lire aussi :", "Read more:": a short line ending in a colon with a list right under it. */
  private static boolean isLinkBlockHeading(List<String> lines, int i) {
    String line = lines.get(i);
    return line.endsWith(":") && words(line) <= 4 && i + 1 < lines.size()
        && LIST_ITEM.matcher(lines.get(i + 1)).matches();
  }

  private static int skipList(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && LIST_ITEM.matcher(lines.get(i)).matches()) {
      i++;
    }
    return i;
  }

  /** Share buttons, counters, bare links: short lines that are not sentences. */
  private static boolean isFurniture(String line) {
    if (COUNTER.matcher(line).matches() || URL.matcher(line).replaceAll("").isBlank()) {
      return true;
    }
    return words(line) <= FURNITURE_WORDS && !endsLikeSentence(line) && !line.matches(".*\\d.*")
        && !line.contains(":");
  }

  /** Newsletter sign-ups (a short line that asks to subscribe) and data-protection notices (two
   * or more of their cue words). */
  private static boolean isLegal(String line) {
    String folded = TextNormalizer.fold(line);
    return words(line) <= SIGN_UP_MAX_WORDS && SIGN_UP_CUES.stream().anyMatch(folded::contains)
        || LEGAL_CUES.stream().filter(folded::contains).count() >= 2;
  }

  private static boolean endsLikeSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '»' || last == '"';
  }

  private static int words(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static List<String> nonEmptyLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

}
