package io.newsflow.enrich.story;

import io.newsflow.core.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the story store remembers of one story: its centroid (summed features, the strongest
 * kept), size, languages, first and last sighting, and its latest articles.
 */
public record StoryState(
    String id,
    Map<String, Double> centroid,
    int size,
    List<String> languages,
    long firstSeen,
    long lastSeen,
    List<String> articleIds) {

  static final int CENTROID_FEATURES = 60;
  static final int ARTICLES_KEPT = 50;

  public StoryState {
    centroid = Map.copyOf(centroid);
    languages = List.copyOf(languages);
    articleIds = List.copyOf(articleIds);
  }

  static StoryState start(String id, Map<String, Double> features, String language, String articleId, long at) {
    return new StoryState(id, strongest(features), 1, List.of(language), at, at, List.of(articleId));
  }

  StoryState add(Map<String, Double> features, String language, String articleId, long at) {
    Map<String, Double> sum = new LinkedHashMap<>(centroid);
    features.forEach((feature, weight) -> sum.merge(feature, weight, Double::sum));
    TreeSet<String> langs = new TreeSet<>(languages);
    langs.add(language);
    List<String> ids = new ArrayList<>(articleIds);
    if (!ids.contains(articleId)) {
      ids.add(articleId);
    }
    List<String> recent = ids.subList(Math.max(0, ids.size() - ARTICLES_KEPT), ids.size());
    int newSize = articleIds.contains(articleId) ? size : size + 1;
    return new StoryState(id, strongest(sum), newSize, List.copyOf(langs), firstSeen,
        Math.max(lastSeen, at), recent);
  }

  Story summary() {
    List<String> entities = centroid.entrySet().stream()
        .filter(e -> e.getKey().startsWith("e:"))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(10)
        .map(e -> e.getKey().substring(2))
        .toList();
    return new Story(Story.SCHEMA_VERSION, id, Instant.ofEpochMilli(firstSeen),
        Instant.ofEpochMilli(lastSeen), size, languages, entities, articleIds);
  }

  private static Map<String, Double> strongest(Map<String, Double> features) {
    Map<String, Double> top = new LinkedHashMap<>();
    features.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(CENTROID_FEATURES)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}
