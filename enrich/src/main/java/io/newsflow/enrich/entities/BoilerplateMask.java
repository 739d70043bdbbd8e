package io.newsflow.enrich.entities;

import java.util.List;
import java.util.regex.Matcher;
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
  private static final Pattern COMMENTS = Pattern.compile("(comments?|commentaires?|commenter)( \\d+)?");

  /** Headings after which the rest of the page is other articles or the publisher's footer. */
  private static final List<String> TRAILERS = List.of(
      "sur le meme sujet", "articles les plus lus", "les plus lus", "sujets associes", "a lire aussi",
      "dans la meme rubrique", "nos derniers articles", "related articles", "most read", "more from",
      "more stories", "recommended", "you may also like", "vous aimerez aussi", "cherche talents");

  private static final Pattern CREDIT = Pattern.compile(
      "(?iu)\\b(photo|cr[ée]dit(s)?( photo)?|illustration|image|source)\\s*:\\s*[^\\n]*");
  private static final Pattern COPYRIGHT = Pattern.compile("(?u)©[^\\n]*");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-•*·–—>]|\\d+[.)])\\s+.*");

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
      String key = FoldedText.key(line);
      if (isTrailer(key) && lineStart > text.length() / 3) {
        blank(out, lineStart, text.length());
        break;
      }
      boolean listItem = LIST_ITEM.matcher(line).matches();
      if (isBoilerplateLine(key) || inLinkList && listItem) {
        blank(out, lineStart, lineEnd);
        inLinkList = inLinkList && listItem || startsLinkList(key);
      } else {
        inLinkList = false;
        if (line.indexOf(':') >= 0) {
          blankMatches(out, CREDIT.matcher(line), lineStart);
        }
        if (line.indexOf('©') >= 0) {
          blankMatches(out, COPYRIGHT.matcher(line), lineStart);
        }
      }
      lineStart = lineEnd + 1;
    }
    return new String(out);
  }

  private static boolean isBoilerplateLine(String key) {
    return key.length() <= SHORT_LINE && (startsWithCue(key, SHORT_LINE_CUES) || COMMENTS.matcher(key).matches())
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

  private static boolean startsLinkList(String key) {
    return key.startsWith("lire aussi") || key.startsWith("a lire") || key.startsWith("voir aussi")
        || key.startsWith("read more") || key.startsWith("related") || key.startsWith("see also");
  }

  private static boolean isTrailer(String key) {
    return TRAILERS.stream().anyMatch(key::equals);
  }

  private static void blankMatches(char[] out, Matcher matcher, int offset) {
    while (matcher.find()) {
      blank(out, offset + matcher.start(), offset + matcher.end());
    }
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to && i < out.length; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
  }
}
