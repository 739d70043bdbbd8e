package io.newsflow.enrich.language;

import io.newsflow.core.text.TextNormalizer;
import java.util.Map;
import java.util.Set;

/** Tells which language a clean text is written in. */
public final class LanguageDetector {

  public static final String UNDETERMINED = "und";

  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "fr", Set.of("le", "la", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "que"),
      "en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are"));

  /** The language of {@code text}, else {@code hint}, else {@link #UNDETERMINED}. */
  public String detect(String text, String hint) {
    String best = null;
    int bestCount = 2;
    for (var entry : STOPWORDS.entrySet()) {
      int count = 0;
      for (String word : TextNormalizer.fold(text).split("[^\\p{L}]+")) {
        if (entry.getValue().contains(word)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = entry.getKey();
        bestCount = count;
      }
    }
    if (best != null) {
      return best;
    }
    return hint == null || hint.isBlank() ? UNDETERMINED : hint;
  }
}
