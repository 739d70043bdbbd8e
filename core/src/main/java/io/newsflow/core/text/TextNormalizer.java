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
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4\\u2032]");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

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
   * dashes. {@code L’Élysée} and {@code l'elysee} fold alike. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    String apostrophes = APOSTROPHES.matcher(bare).replaceAll("'");
    return DASHES.matcher(apostrophes).replaceAll("-").toLowerCase(Locale.ROOT);
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
