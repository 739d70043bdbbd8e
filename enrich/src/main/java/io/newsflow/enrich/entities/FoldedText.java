package io.newsflow.enrich.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A text folded for dictionary matching (lower case, no accents, one kind of apostrophe, every
 * other separator a single space) that remembers where each folded character came from, so a
 * match found in the folded form can be checked against the original capitals and position.
 */
public final class FoldedText implements CharSequence {

  private static final int TABLE_SIZE = 0x250;
  private static final String[] TABLE = buildTable();
  /** Marks a character whose folded form is not exactly one character. */
  private static final char SEVERAL = '\uFFFF';
  /** The folded character of each character below {@code TABLE_SIZE}, or {@code SEVERAL}. */
  private static final char[] SINGLE = singles();
  /** Whether each character below {@code TABLE_SIZE} is upper case. */
  private static final boolean[] UPPER = uppers();

  private final String source;
  private final char[] chars;
  private final int length;
  private final int[] origin;
  /** Folded indexes where words glued by lost markup meet ("OracleOpenAI"). */
  private final BitSet camelJoints;

  private FoldedText(String source, char[] chars, int length, int[] origin, BitSet camelJoints) {
    this.source = source;
    this.chars = chars;
    this.length = length;
    this.origin = origin;
    this.camelJoints = camelJoints;
  }

  /** Folds {@code source}. */
  public static FoldedText of(String source) {
    Builder out = fold(source, new Builder(source.length(), true));
    return new FoldedText(source, out.out, out.size, out.origin(source.length()), out.camelJoints);
  }

  /** The folded key of a short string such as an alias or keyword (trimmed). */
  public static String key(String text) {
    Builder out = fold(text, new Builder(text.length(), false));
    return new String(out.out, 0, out.size).strip();
  }

  private static Builder fold(String source, Builder out) {
    char[] in = source.toCharArray();
    char previous = ' ';
    for (int i = 0; i < in.length; i++) {
      char c = in[i];
      if (out.camelJoints != null && isUpperCase(c) && Character.isLowerCase(previous)) {
        out.camelJoints.set(out.size);
      }
      previous = c;
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
    return out;
  }

  public String source() {
    return source;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return chars[Objects.checkIndex(index, length)];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, start, end - start);
  }

  /** The folded text as a string (a copy: matching reads the characters in place). */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** Index in the source of the folded character at {@code index} (length for the end). */
  public int sourceIndex(int index) {
    return origin[index];
  }

  /** Calls {@code action} with the start of every token: after a space, an apostrophe or a lost space. */
  void forEachTokenStart(IntConsumer action) {
    char before = ' ';
    int nextJoint = camelJoints.nextSetBit(0);
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      boolean joint = i == nextJoint;
      if (c != ' ' && (before == ' ' || before == '\'' || joint)) {
        action.accept(i);
      }
      if (joint) {
        nextJoint = camelJoints.nextSetBit(i + 1);
      }
      before = c;
    }
  }

  /** Whether a token ends right before folded {@code end}. */
  public boolean endsToken(int end) {
    if (end >= length) {
      return true;
    }
    char after = chars[end];
    return after == ' ' || after == '\'' || camelJoints.get(end);
  }

  /** Words glued by lost markup ("OracleOpenAI") meet at a capital right after a small letter. */
  private static boolean isUpperCase(char c) {
    return c < TABLE_SIZE ? UPPER[c] : Character.isUpperCase(c);
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

  private static boolean[] uppers() {
    boolean[] uppers = new boolean[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      uppers[c] = Character.isUpperCase(c);
    }
    return uppers;
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

  /**
   * The folded characters so far, runs of spaces kept as one; for a whole text also where each
   * came from and where glued words meet.
   */
  private static final class Builder {
    private char[] out;
    private int[] origin;
    private final BitSet camelJoints;
    private int size;
    private boolean space = true;

    Builder(int capacity, boolean tracked) {
      out = new char[capacity + 16];
      origin = tracked ? new int[capacity + 16] : null;
      camelJoints = tracked ? new BitSet() : null;
    }

    void append(char folded, int from) {
      if (folded == ' ' && space) {
        return;
      }
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
        origin = origin == null ? null : Arrays.copyOf(origin, size * 2);
      }
      if (origin != null) {
        origin[size] = from;
      }
      out[size++] = folded;
      space = folded == ' ';
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
