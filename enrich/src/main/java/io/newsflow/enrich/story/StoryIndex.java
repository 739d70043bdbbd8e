package io.newsflow.enrich.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The centroids of the stories in the store, indexed in memory by feature, so that placing an
 * article scores only the stories that share a feature with it, without reading the store.
 * The store stays the durable copy: the index is rebuilt from it whenever the task starts.
 */
final class StoryIndex {

  private final Map<String, Map<String, Double>> weightsByFeature = new HashMap<>();
  private final Map<String, Double> norms = new HashMap<>();
  private final Map<String, Long> lastSeen = new HashMap<>();
  private final Map<String, String> storyByArticle = new HashMap<>();

  void add(StoryState story) {
    story.centroid().forEach((feature, weight) ->
        weightsByFeature.computeIfAbsent(feature, f -> new HashMap<>()).put(story.id(), weight));
    norms.put(story.id(), StoryFeatures.norm(story.centroid()));
    lastSeen.put(story.id(), story.lastSeen());
    story.articleIds().forEach(articleId -> storyByArticle.put(articleId, story.id()));
  }

  void remove(StoryState story) {
    for (String feature : story.centroid().keySet()) {
      Map<String, Double> weights = weightsByFeature.get(feature);
      if (weights != null && weights.remove(story.id()) != null && weights.isEmpty()) {
        weightsByFeature.remove(feature);
      }
    }
    norms.remove(story.id());
    lastSeen.remove(story.id());
    story.articleIds().forEach(articleId -> storyByArticle.remove(articleId, story.id()));
  }

  /** The story that already holds this article, if it is among its latest ones. */
  String storyOf(String articleId) {
    return storyByArticle.get(articleId);
  }

  /**
   * The id of the story seen since {@code oldest} whose centroid is the most similar (cosine) to
   * {@code features}, if that similarity reaches {@code threshold}; of equals, the greatest id.
   */
  String closest(Map<String, Double> features, double threshold, long oldest) {
    Map<String, Double> dots = new HashMap<>();
    features.forEach((feature, weight) -> weightsByFeature.getOrDefault(feature, Map.of())
        .forEach((id, storyWeight) -> dots.merge(id, weight * storyWeight, Double::sum)));
    double norm = StoryFeatures.norm(features);
    String best = null;
    double bestScore = threshold;
    for (Map.Entry<String, Double> dot : dots.entrySet()) {
      String id = dot.getKey();
      double score = dot.getValue() / (norm * norms.get(id));
      boolean better = score > bestScore || score == bestScore && (best == null || id.compareTo(best) > 0);
      if (lastSeen.get(id) >= oldest && better) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  /** The ids of the stories last seen before {@code oldest}. */
  List<String> seenBefore(long oldest) {
    List<String> expired = new ArrayList<>();
    lastSeen.forEach((id, seen) -> {
      if (seen < oldest) {
        expired.add(id);
      }
    });
    expired.sort(Comparator.naturalOrder());
    return expired;
  }
}
