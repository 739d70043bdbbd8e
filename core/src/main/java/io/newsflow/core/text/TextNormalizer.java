package io.newsflow.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one text normalisation of newsflow: {@link #clean} keeps what a reader sees (NFC,
 * typographic quotes kept, zero-width characters removed, white space collapsed), and
 * {@link #fold} makes the key that matching compares (case, accents and apostrophes folded).
 */
public final class TextNormalizer {

  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x0B\\f]+");
  private static final String APOSTROPHES = "\u2018\u2019\u02BC\u0060\u00B4\u2032";
  /** The folded form of every code point below this, worked out once: Latin letters and punctuation. */
  private static final int TABLE_SIZE = 0x250;
  private static final String[] TABLE = buildTable();

  private TextNormalizer() {}

  /** NFC, no zero-width characters, runs of spaces collapsed, each line trimmed. */
  public static String clean(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String visible = ZERO_WIDTH.matcher(nfc).replaceAll("");
    String unixLines = visible.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(unixLines.length());
    for (String line : unixLines.split("\n", -1)) {
      out.append(HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip()).append('\n');
    }
    return out.toString().strip();
  }

  /** The matching key of a text: cleaned, lower case, without accents, plain apostrophes and
   * dashes. {@code L’Élysée} and {@code l'elysee} fold alike. One pass, code point by code
   * point: a compatibility decomposition (NFKD) without its marks. */
  public static String fold(String text) {
    String cleaned = clean(text);
    StringBuilder out = new StringBuilder(cleaned.length());
    for (int i = 0; i < cleaned.length(); ) {
      int codePoint = cleaned.codePointAt(i);
      out.append(codePoint < TABLE_SIZE ? TABLE[codePoint] : foldCodePoint(codePoint));
      i += Character.charCount(codePoint);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static String[] buildTable() {
    String[] table = new String[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      table[c] = foldCodePoint(c);
    }
    return table;
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
    String key = fold(text).replaceAll("\\s+", "");
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
