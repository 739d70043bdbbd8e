package io.newsflow.enrich.story;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import io.newsflow.core.text.TextNormalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The weighted features that place an article in a story: its entity ids (language-free, so
 * they weigh most) and its most frequent salient words.
 */
public final class StoryFeatures {

  private static final int TERMS = 15;
  private static final int MIN_TERM_LENGTH = 5;
  private static final double TERM_WEIGHT = 0.5;
  private static final Set<String> STOPWORDS = Set.of(
      "about", "after", "their", "there", "these", "those", "which", "would", "could", "should",
      "where", "while", "other", "being", "since", "under", "between", "against", "during",
      "avait", "alors", "apres", "aussi", "autre", "autres", "avant", "cette", "comme", "depuis",
      "entre", "leurs", "notre", "selon", "toute", "toutes", "parce", "encore", "ainsi", "elles",
      "etait", "etaient", "avoir", "faire", "plusieurs", "pourrait", "notamment");

  private StoryFeatures() {}

  public static Map<String, Double> of(Article article) {
    Map<String, Double> features = new LinkedHashMap<>();
    for (EntityTag entity : article.entities()) {
      features.put("e:" + entity.id(), 1.0 + Math.log(Math.max(1, entity.mentions())));
    }
    terms(article.title() + "\n" + article.text()).forEach(
        (term, count) -> features.merge("t:" + term, TERM_WEIGHT * (1.0 + Math.log(count)), Double::sum));
    return features;
  }

  /** The Euclidean norm of a weighted feature set. */
  static double norm(Map<String, Double> features) {
    double sum = 0;
    for (double value : features.values()) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }

  private static Map<String, Integer> terms(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : TextNormalizer.words(text)) {
      if (word.length() >= MIN_TERM_LENGTH && !STOPWORDS.contains(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    Map<String, Integer> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(TERMS)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}
