package io.newsflow.enrich.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for dictionary matching (lower case, no accents, one kind of apostrophe, every
 * other separator a single space) that remembers where each folded character came from, so a
 * match found in the folded form can be checked against the original capitals and position.
 */
public final class FoldedText {

  private static final int TABLE_SIZE = 0x250;
  private static final String[] TABLE = buildTable();

  private final String source;
  private final String folded;
  private final int[] origin;

  private FoldedText(String source, String folded, int[] origin) {
    this.source = source;
    this.folded = folded;
    this.origin = origin;
  }

  /** Folds {@code source}. */
  public static FoldedText of(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int[] origin = new int[source.length() + 1];
    boolean space = true;
    for (int i = 0; i < source.length(); i++) {
      String folded = foldChar(source.charAt(i));
      if (folded.isEmpty()) {
        continue;
      }
      boolean isSpace = folded.charAt(0) == ' ';
      if (isSpace && space) {
        continue;
      }
      for (int k = 0; k < folded.length(); k++) {
        origin = ensure(origin, out.length() + 1);
        origin[out.length()] = i;
        out.append(folded.charAt(k));
      }
      space = isSpace;
    }
    origin[out.length()] = source.length();
    return new FoldedText(source, out.toString(), origin);
  }

  /** The folded key of a short string such as an alias or keyword (trimmed). */
  public static String key(String text) {
    return of(text).folded().strip();
  }

  public String source() {
    return source;
  }

  public String folded() {
    return folded;
  }

  /** Index in the source of the folded character at {@code index} (length for the end). */
  public int sourceIndex(int index) {
    return origin[index];
  }

  /** Whether a match on folded {@code [start, end)} stands on token boundaries. */
  public boolean onBoundaries(int start, int end) {
    return isBoundaryBefore(start) && isBoundaryAfter(end);
  }

  private boolean isBoundaryBefore(int start) {
    if (start == 0) {
      return true;
    }
    char before = folded.charAt(start - 1);
    return before == ' ' || before == '\'' || isCamelJoint(start);
  }

  private boolean isBoundaryAfter(int end) {
    if (end >= folded.length()) {
      return true;
    }
    char after = folded.charAt(end);
    return after == ' ' || after == '\'' || isCamelJoint(end);
  }

  /** Words glued by lost markup ("OracleOpenAI"): a capital right after a small letter. */
  private boolean isCamelJoint(int index) {
    int at = origin[index];
    return at > 0 && at < source.length() && origin[index - 1] == at - 1
        && Character.isUpperCase(source.charAt(at)) && Character.isLowerCase(source.charAt(at - 1));
  }

  private static int[] ensure(int[] array, int size) {
    if (size < array.length) {
      return array;
    }
    int[] bigger = new int[Math.max(size + 1, array.length * 2)];
    System.arraycopy(array, 0, bigger, 0, array.length);
    return bigger;
  }

  static String foldChar(char c) {
    if (c < TABLE_SIZE) {
      return TABLE[c];
    }
    if (Character.isLetterOrDigit(c)) {
      return foldLetter(c);
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return "";
    }
    return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' ? "'" : " ";
  }

  private static String[] buildTable() {
    String[] table = new String[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      if (Character.isLetterOrDigit(c)) {
        table[c] = foldLetter(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        table[c] = "";
      } else {
        table[c] = c == '\'' || c == '`' || c == '\u00B4' ? "'" : " ";
      }
    }
    return table;
  }

  private static String foldLetter(char c) {
    switch (c) {
      case '\u0153': case '\u0152': return "oe";
      case '\u00E6': case '\u00C6': return "ae";
      case '\u00DF': return "ss";
      case '\u00F8': case '\u00D8': return "o";
      case '\u0142': case '\u0141': return "l";
      case '\u0111': case '\u0110': return "d";
      case '\u0131': return "i";
      default: break;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.isLetterOrDigit(d)) {
        out.append(d);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
