package io.newsflow.enrich.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for dictionary matching (lower case, no accents, one kind of apostrophe, every
 * other separator a single space) that remembers where each folded character came from, so a
 * match found in the folded form can be checked against the original capitals and position.
 */
public final class FoldedText {

  private static final int TABLE_SIZE = 0x250;
  private static final String[] TABLE = buildTable();
  /** Marks a character whose folded form is not exactly one character. */
  private static final char SEVERAL = '\uFFFF';
  /** The folded character of each character below {@code TABLE_SIZE}, or {@code SEVERAL}. */
  private static final char[] SINGLE = singles();

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
    Builder out = new Builder(source.length());
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      char single = c < TABLE_SIZE ? SINGLE[c] : SEVERAL;
      if (single != SEVERAL) {
        out.append(single, i);
      } else {
        String folded = foldChar(c);
        for (int k = 0; k < folded.length(); k++) {
          out.append(folded.charAt(k), i);
        }
      }
    }
    return new FoldedText(source, out.folded(), out.origin(source.length()));
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
    return at > 0 && at < source.length() && Character.isUpperCase(source.charAt(at))
        && Character.isLowerCase(source.charAt(at - 1)) && origin[index - 1] == at - 1;
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

  private static char[] singles() {
    char[] singles = new char[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      singles[c] = TABLE[c].length() == 1 ? TABLE[c].charAt(0) : SEVERAL;
    }
    return singles;
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

  /** The folded characters so far, with where each came from; runs of spaces kept as one. */
  private static final class Builder {
    private char[] out;
    private int[] origin;
    private int size;
    private boolean space = true;

    Builder(int capacity) {
      out = new char[capacity + 16];
      origin = new int[capacity + 16];
    }

    void append(char folded, int from) {
      if (folded == ' ' && space) {
        return;
      }
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
        origin = Arrays.copyOf(origin, size * 2);
      }
      origin[size] = from;
      out[size++] = folded;
      space = folded == ' ';
    }

    String folded() {
      return new String(out, 0, size);
    }

    /** Where each folded character came from, then {@code end} for the end of the text. */
    int[] origin(int end) {
      if (size == origin.length) {
        origin = Arrays.copyOf(origin, size + 1);
      }
      origin[size] = end;
      return origin;
    }
  }
}
