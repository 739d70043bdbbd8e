package io.newsflow.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The one text normalisation of newsflow: {@link #clean} keeps what a reader sees (NFC,
 * typographic quotes kept, zero-width characters removed, white space collapsed), and
 * {@link #fold} makes the key that matching compares (case, accents and apostrophes folded).
 */
public final class TextNormalizer {

  private static final String APOSTROPHES = "\u2018\u2019\u02BC\u0060\u00B4\u2032";
  private static final char CAPITAL_SIGMA = '\u03A3';
  /** The folded form of every code point below this, worked out once: the Latin, Greek and Cyrillic
   * letters and the punctuation of running text (typographic quotes and dashes, ellipsis). */
  private static final int TABLE_SIZE = 0x2200;
  private static final String[] TABLE = buildTable();
  /** {@code TABLE}'s entries that are one character, as that character; 0 elsewhere. */
  private static final char[] SINGLE_CHARS = singleChars();

  private TextNormalizer() {}

  /** NFC, no zero-width characters, runs of spaces collapsed, each line trimmed, {@code \n} line ends.
   * One pass over the characters: this runs on every text, page and key. */
  public static String clean(String text) {
    Normalizer.Form nfcForm = Normalizer.Form.NFC;
    String nfc = Normalizer.isNormalized(text, nfcForm) ? text : Normalizer.normalize(text, nfcForm);
    Chars out = new Chars(nfc.length());
    int lineStart = 0;
    boolean space = false;
    boolean afterReturn = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (isZeroWidth(c)) {
        continue;
      }
      boolean secondHalfOfCrLf = afterReturn && c == '\n';
      afterReturn = c == '\r';
      if (secondHalfOfCrLf) {
        continue;
      }
      if (c == '\n' || c == '\r') {
        stripLineEnd(out, lineStart);
        out.append('\n');
        lineStart = out.length();
        space = false;
      } else if (isHorizontalSpace(c)) {
        space = true;
      } else {
        if (space && out.length() > lineStart) {
          out.append(' ');
        }
        if (out.length() > lineStart || !Character.isWhitespace(c)) {
          out.append(c);
        }
        space = false;
      }
    }
    stripLineEnd(out, lineStart);
    return out.toString().strip();
  }

  private static void stripLineEnd(Chars out, int lineStart) {
    int end = out.length();
    while (end > lineStart && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.truncate(end);
  }

  private static boolean isZeroWidth(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** {@code \h}, vertical tab and form feed. */
  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c >= '\u00A0' && (c == '\u00A0' || c == '\u1680'
        || c == '\u180E' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000');
  }

  /** The matching key of a text: cleaned, lower case, without accents, plain apostrophes and
   * dashes. {@code L’Élysée} and {@code l'elysee} fold alike. One pass, code point by code
   * point: a compatibility decomposition (NFKD) without its marks. */
  public static String fold(String text) {
    String cleaned = clean(text);
    Chars out = new Chars(cleaned.length());
    for (int i = 0; i < cleaned.length(); ) {
      char c = cleaned.charAt(i);
      if (c < TABLE_SIZE) {
        char single = SINGLE_CHARS[c];
        if (single != 0) {
          out.append(single);
        } else {
          out.append(TABLE[c]);
        }
        i++;
      } else {
        int codePoint = cleaned.codePointAt(i);
        out.append(foldCodePoint(codePoint));
        i += Character.charCount(codePoint);
      }
    }
    // The table is already in lower case but for the capital sigma, whose lower case depends on its neighbours.
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The words of {@link #fold}{@code (text)}: its runs of letters and digits, in order. */
  public static List<String> words(String text) {
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int codePoint = folded.codePointAt(i);
      if (isLetterOrNumber(codePoint)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit or other number. */
  private static boolean isLetterOrNumber(int codePoint) {
    if (codePoint < 0x80) {
      return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
          || codePoint >= 'A' && codePoint <= 'Z';
    }
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static String[] buildTable() {
    String[] table = new String[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      String folded = foldCodePoint(c);
      table[c] = folded.indexOf(CAPITAL_SIGMA) >= 0 ? folded : folded.toLowerCase(Locale.ROOT);
    }
    return table;
  }

  private static char[] singleChars() {
    char[] singles = new char[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      singles[c] = TABLE[c].length() == 1 ? TABLE[c].charAt(0) : 0;
    }
    return singles;
  }

  /** The decomposition of one code point, marks dropped, apostrophes and dashes made plain. */
  private static String foldCodePoint(int codePoint) {
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> !isMark(c)).forEach(c -> {
      if (APOSTROPHES.indexOf(c) >= 0) {
        out.append('\'');
      } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
        out.append('-');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** A stable hex SHA-256 of the folded text with all white space removed: two texts that
   * differ only in case, accents, quotes or spacing hash alike. */
  public static String contentHash(String text) {
    String key = withoutAsciiSpace(fold(text));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** {@code text} without the characters of the regular expression class {@code \s}. */
  private static String withoutAsciiSpace(String text) {
    Chars out = new Chars(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
