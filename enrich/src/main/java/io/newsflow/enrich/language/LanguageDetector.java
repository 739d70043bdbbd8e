package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells which language a clean text is written in: the obvious cases by their
 * {@link FunctionWords function words}, the others with Lingua (n-gram models, accurate on short
 * texts too), both restricted to the languages newsflow's feeds carry, Lingua in its low-accuracy
 * mode, which keeps only trigram models in memory. Text too short or too mixed to decide gets the
 * feed's hint, else {@link #UNDETERMINED}.
 */
public final class LanguageDetector {

  public static final String UNDETERMINED = "und";

  /** The languages detected by default: newsflow's feeds are European news. */
  public static final Language[] DEFAULT_LANGUAGES = {
      Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
      Language.PORTUGUESE, Language.DUTCH};

  /** Fewer letters than this is too short to decide. */
  static final int MIN_LETTERS = 12;

  /** Below this confidence of the best language, the text counts as mixed or unclear. */
  static final double MIN_CONFIDENCE = 0.60;

  /** Characters looked at: the first thirty words or so decide an article's language as surely
   * as more text, and Lingua's cost grows with the length (on the extraction development pages
   * and the seeds, the first 200 characters gave the language the first 300 gave on every page in
   * a detected language but one, an English page about German words; in two thirds of the time). */
  static final int MAX_CHARS = 200;

  private final FunctionWords functionWords;
  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

  public LanguageDetector() {
    this(DEFAULT_LANGUAGES);
  }

  public LanguageDetector(Language... languages) {
    this.functionWords = new FunctionWords(List.of(languages));
    this.lingua = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode().build();
  }

  /** Loads the language models now (Lingua loads them on first use, which takes a good part of
   * a second), so that a service can do it while it joins its group rather than on its first
   * article. */
  public void preload() {
    lingua.computeLanguageConfidenceValues("preload the language models / charger les modèles");
  }

  /** The language of {@code text} as ISO 639-1, else {@code hint}, else {@link #UNDETERMINED}. */
  public String detect(String text, String hint) {
    String fallback = hint == null || hint.isBlank() ? UNDETERMINED : hint.strip().toLowerCase(Locale.ROOT);
    if (text == null || letters(text) < MIN_LETTERS) {
      return fallback;
    }
    Language obvious = functionWords.decide(text);
    if (obvious != null) {
      return isoCode(obvious);
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    SortedMap<Language, Double> confidences = lingua.computeLanguageConfidenceValues(sample);
    if (confidences.isEmpty()) {
      return fallback;
    }
    Map.Entry<Language, Double> best = confidences.entrySet().iterator().next();
    if (best.getValue() < MIN_CONFIDENCE) {
      return fallback;
    }
    return isoCode(best.getKey());
  }

  private static String isoCode(Language language) {
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
    }
    return letters;
  }
}
