package io.newsflow.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  /** Letters, marks, quotes, dashes, compatibility forms, scripts and surrogates that folding meets. */
  private static final String[] POOL = {
      "a", "Z", "7", " ", "  ", "\n", "\t", ".", "'", "`", "-", "é", "É", "ç", "Ç", "ß", "œ", "Æ", "ñ", "\u0301", "\u0327",
      "’", "‘", "ʼ", "´", "′", "‐", "–", "—", "−", "Ａ", "＇", "ﬁ", "²", "½", "Ⅻ", "Σ", "σ", "ς", "İ", "ı", "\u200B",
      "\u00AD", "\u00A0", "한", "日本", "😀", "𝐀", "\u0345", "ǅ", "ﷺ", "Ω", "Å", "\r\n", "…", "“", "«", "€", "™", "№", "Ϲ",
      "ẞ", "Ǆ", "𝚺", "ᾼ", "Ж", "ё", "ΐ", "\u2200", "\u21FF"};
  /** White space of every kind (horizontal, vertical, separators, zero-width), line ends and composable letters. */
  private static final String[] CLEAN_POOL = {
      "a", "é", "e\u0301", "Å", "A\u030A", " ", "   ", "\t", "\u000B", "\f", "\u00A0", "\u1680", "\u180E", "\u2003",
      "\u200A", "\u202F", "\u205F", "\u3000", "\u2007", "\u001C", "\u001F", "\u2028", "\u2029", "\u0085", "\u200B",
      "\u200D", "\u2060", "\uFEFF", "\u00AD", "\n", "\r", "\r\n", "\n\n", "😀", "x y"};

  @Test
  void foldsAccentsCaseApostrophesAndDashes() {
    assertEquals("l'elysee a dit qu'openai - microsoft", TextNormalizer.fold("L’Élysée  a dit qu‘OpenAI – Microsoft"));
    assertEquals("straße fi 2 xii", TextNormalizer.fold("STRAßE ﬁ ² Ⅻ"));
  }

  @Test
  void foldsLikeTheWholeTextDecompositionItReplaces() {
    assertAgreeOnRandomTexts(new Random(7), POOL, 12, TextNormalizerTest::reference, TextNormalizer::fold);
  }

  @Test
  void cleansLikeTheRegularExpressionsItReplaces() {
    assertAgreeOnRandomTexts(new Random(11), CLEAN_POOL, 16, TextNormalizerTest::cleanReference, TextNormalizer::clean);
  }

  @Test
  void splitsFoldedWordsLikeTheRegularExpressionItReplaces() {
    assertAgreeOnRandomTexts(new Random(13), POOL, 12,
        text -> String.join("|", Arrays.stream(TextNormalizer.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList()),
        text -> String.join("|", TextNormalizer.words(text)));
  }

  @Test
  void hashesLikeTheRegularExpressionItReplaces() {
    assertAgreeOnRandomTexts(new Random(17), CLEAN_POOL, 16,
        text -> sha256(TextNormalizer.fold(text).replaceAll("\\s+", "")), TextNormalizer::contentHash);
  }

  /** 20,000 texts of fewer than {@code maxPieces} pieces of {@code pool}, each given alike by both functions. */
  private static void assertAgreeOnRandomTexts(Random random, String[] pool, int maxPieces,
      UnaryOperator<String> expected, UnaryOperator<String> actual) {
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(maxPieces);
      for (int i = 0; i < length; i++) {
        text.append(pool[random.nextInt(pool.length)]);
      }
      assertEquals(expected.apply(text.toString()), actual.apply(text.toString()), () -> "text: " + escape(text));
    }
  }

  @Test
  void hashesTextsThatDifferOnlyInCaseAccentsQuotesOrSpacingAlike() {
    assertEquals(TextNormalizer.contentHash("L’Élysée a dit"), TextNormalizer.contentHash("l'elysee  A DIT"));
    assertNotEquals(TextNormalizer.contentHash("L’Élysée a dit"), TextNormalizer.contentHash("L’Élysée a lu"));
  }

  /** Cleaning as NFC, three replacements and a split into lines, the way it was first written. */
  private static String cleanReference(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String visible = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]").matcher(nfc).replaceAll("");
    String unixLines = visible.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder();
    for (String line : unixLines.split("\n", -1)) {
      out.append(Pattern.compile("[\\h\\x0B\\f]+").matcher(line).replaceAll(" ").strip()).append('\n');
    }
    return out.toString().strip();
  }

  /** Folding as a decomposition of the whole text and three regular expressions, the way it was first written. */
  private static String reference(String text) {
    String decomposed = Normalizer.normalize(TextNormalizer.clean(text), Normalizer.Form.NFKD);
    String bare = Pattern.compile("\\p{M}+").matcher(decomposed).replaceAll("");
    String apostrophes = Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4\\u2032]").matcher(bare).replaceAll("'");
    return Pattern.compile("[\\u2010-\\u2015\\u2212]").matcher(apostrophes).replaceAll("-").toLowerCase(Locale.ROOT);
  }

  private static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c < 0x80 && c >= 0x20 ? Character.toString(c) : String.format(Locale.ROOT, "\\u%04X", c)));
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
