package io.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blanks out what the cleaner may have left that is not the article: "read also" link lists,
 * share and newsletter prompts, legal footers, photo credits and source lines. Names there are
 * the publisher's or other articles', not this article's. Blanking keeps every offset.
 */
final class BoilerplateMask {

  /** Short lines (prompts, headers) that are never article text, matched on their folded start. */
  private static final List<String> SHORT_LINE_CUES = List.of(
      "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "voir aussi", "read more",
      "read also", "see also", "related", "partager", "partagez", "share", "suivez nous", "follow us",
      "abonnez vous", "inscrivez vous", "subscribe", "sign up", "newsletter", "passez en revue",
      "credit photo", "credits photo", "getty images", "publicite", "advertisement", "cookies");

  /** Lines of any length that belong to legal and consent footers. */
  private static final List<String> FOOTER_CUES = List.of(
      "votre email", "votre adresse e", "your email", "tous droits reserves", "all rights reserved",
      "copyright", "charte des donnees", "politique de confidentialite", "privacy policy");

  private static final int SHORT_LINE = 100;
  /** Lines longer than this are never short; only the head of them is folded, for the cues at its start. */
  private static final int LONG_LINE = 2 * SHORT_LINE;
  private static final int CUE_SPAN = 40;
  private static final Pattern COMMENTS = Pattern.compile("(comments?|commentaires?|commenter)( \\d+)?");

  /** Headings after which the rest of the page is other articles or the publisher's footer. */
  private static final Set<String> TRAILERS = Set.of(
      "sur le meme sujet", "articles les plus lus", "les plus lus", "sujets associes", "a lire aussi",
      "dans la meme rubrique", "nos derniers articles", "related articles", "most read", "more from",
      "more stories", "recommended", "you may also like", "vous aimerez aussi", "cherche talents");

  /** Words that, followed by a colon, start a credit or source line ("Crédits photo : AFP"). */
  private static final Set<String> CREDIT_LABELS = Set.of(
      "photo", "credit", "credits", "credit photo", "credits photo", "illustration", "image", "source");
  private static final String BULLETS = "-•*·–—>";

  private BoilerplateMask() {}

  /** {@code text} with boilerplate replaced by spaces (line breaks kept). */
  static String mask(String text) {
    char[] out = text.toCharArray();
    int lineStart = 0;
    boolean inLinkList = false;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd);
      boolean longLine = line.length() > LONG_LINE;
      String key = FoldedText.key(longLine ? line.substring(0, CUE_SPAN) : line);
      boolean shortLine = !longLine && key.length() <= SHORT_LINE;
      if (shortLine && TRAILERS.contains(key) && lineStart > text.length() / 3) {
        blank(out, lineStart, text.length());
        break;
      }
      boolean listItem = isListItem(line);
      if (isBoilerplateLine(shortLine, key) || inLinkList && listItem) {
        blank(out, lineStart, lineEnd);
        inLinkList = inLinkList && listItem || startsLinkList(key);
      } else {
        inLinkList = false;
        int credit = Math.min(creditStart(line), line.indexOf('©') < 0 ? line.length() : line.indexOf('©'));
        blank(out, lineStart + credit, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    return new String(out);
  }

  private static boolean isBoilerplateLine(boolean shortLine, String key) {
    return shortLine && (startsWithCue(key, SHORT_LINE_CUES) || COMMENTS.matcher(key).matches())
        || startsWithCue(key, FOOTER_CUES);
  }

  private static boolean startsWithCue(String key, List<String> cues) {
    for (String cue : cues) {
      if (key.startsWith(cue) && (key.length() == cue.length() || !Character.isLetterOrDigit(key.charAt(cue.length())))) {
        return true;
      }
    }
    return false;
  }

  /** A line that starts with a bullet or a number ("3." or "3)") and a space. */
  private static boolean isListItem(String line) {
    int at = 0;
    while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
      at++;
    }
    int markerStart = at;
    if (at < line.length() && BULLETS.indexOf(line.charAt(at)) >= 0) {
      at++;
    } else {
      while (at < line.length() && line.charAt(at) >= '0' && line.charAt(at) <= '9') {
        at++;
      }
      if (at == markerStart || at == line.length() || line.charAt(at) != '.' && line.charAt(at) != ')') {
        return false;
      }
      at++;
    }
    return at > markerStart && at < line.length() && Character.isWhitespace(line.charAt(at));
  }

  private static boolean startsLinkList(String key) {
    return key.startsWith("lire aussi") || key.startsWith("a lire") || key.startsWith("voir aussi")
        || key.startsWith("read more") || key.startsWith("related") || key.startsWith("see also");
  }

  /** Where a credit label followed by a colon starts in {@code line}, or its length. */
  private static int creditStart(String line) {
    for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
      int label = wordBefore(line, colon);
      if (CREDIT_LABELS.contains(FoldedText.key(line.substring(label, colon)))) {
        int before = wordBefore(line, label);
        return CREDIT_LABELS.contains(FoldedText.key(line.substring(before, colon))) ? before : label;
      }
    }
    return line.length();
  }

  /** The start of the word that ends (spaces aside) right before {@code end}, or {@code end}. */
  private static int wordBefore(String line, int end) {
    int at = end;
    while (at > 0 && (Character.isWhitespace(line.charAt(at - 1)) || Character.isSpaceChar(line.charAt(at - 1)))) {
      at--;
    }
    int wordEnd = at;
    while (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
      at--;
    }
    return at == wordEnd ? end : at;
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to && i < out.length; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
  }
}
