package io.newsflow.enrich.story;

import it.unimi.dsi.fastutil.ints.Int2DoubleMap;
import it.unimi.dsi.fastutil.ints.Int2DoubleMaps;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The centroids of the stories in the store, indexed in memory by feature, so that placing an
 * article scores only the stories that share a feature with it, without reading the store.
 * The store stays the durable copy: the index is rebuilt from it whenever the task starts.
 *
 * <p>Every article walks the postings of its features, which grow with the stories in the
 * window, so stories are numbered by slot and the postings and sums are primitive maps and
 * arrays rather than maps of boxed numbers keyed by story id.
 */
final class StoryIndex {

  private final Object2IntOpenHashMap<String> slots = new Object2IntOpenHashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final IntArrayList freeSlots = new IntArrayList();
  private double[] norms = new double[64];
  private long[] lastSeen = new long[64];
  private final Map<String, Int2DoubleOpenHashMap> weightsByFeature = new HashMap<>();
  private final Map<String, String> storyByArticle = new HashMap<>();

  /** Scratch of {@link #closest}: dot products by slot, valid where {@code stamps} holds the current query. */
  private double[] dots = new double[64];
  private int[] stamps = new int[64];
  private int query;
  private final IntArrayList touched = new IntArrayList();

  StoryIndex() {
    slots.defaultReturnValue(-1);
  }

  void add(StoryState story) {
    int slot = slotOf(story.id());
    story.centroid().forEach((feature, weight) ->
        weightsByFeature.computeIfAbsent(feature, f -> new Int2DoubleOpenHashMap()).put(slot, weight.doubleValue()));
    norms[slot] = StoryFeatures.norm(story.centroid());
    lastSeen[slot] = story.lastSeen();
    story.articleIds().forEach(articleId -> storyByArticle.put(articleId, story.id()));
  }

  void remove(StoryState story) {
    int slot = slots.removeInt(story.id());
    if (slot < 0) {
      return;
    }
    for (String feature : story.centroid().keySet()) {
      Int2DoubleOpenHashMap weights = weightsByFeature.get(feature);
      if (weights != null && weights.containsKey(slot)) {
        weights.remove(slot);
        if (weights.isEmpty()) {
          weightsByFeature.remove(feature);
        }
      }
    }
    ids.set(slot, null);
    freeSlots.add(slot);
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
    sumDotProducts(features);
    double norm = StoryFeatures.norm(features);
    String best = null;
    double bestScore = threshold;
    for (int i = 0; i < touched.size(); i++) {
      int slot = touched.getInt(i);
      String id = ids.get(slot);
      double score = dots[slot] / (norm * norms[slot]);
      boolean better = score > bestScore || score == bestScore && (best == null || id.compareTo(best) > 0);
      if (lastSeen[slot] >= oldest && better) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  /** Fills {@code dots} for the stories sharing a feature with {@code features}, listed in {@code touched}. */
  private void sumDotProducts(Map<String, Double> features) {
    query++;
    touched.clear();
    features.forEach((feature, weight) -> {
      Int2DoubleOpenHashMap weights = weightsByFeature.get(feature);
      if (weights == null) {
        return;
      }
      for (Int2DoubleMap.Entry posting : Int2DoubleMaps.fastIterable(weights)) {
        int slot = posting.getIntKey();
        if (stamps[slot] != query) {
          stamps[slot] = query;
          dots[slot] = 0;
          touched.add(slot);
        }
        dots[slot] += weight * posting.getDoubleValue();
      }
    });
  }

  /** The ids of the stories last seen before {@code oldest}. */
  List<String> seenBefore(long oldest) {
    List<String> expired = new ArrayList<>();
    for (int slot = 0; slot < ids.size(); slot++) {
      if (ids.get(slot) != null && lastSeen[slot] < oldest) {
        expired.add(ids.get(slot));
      }
    }
    expired.sort(Comparator.naturalOrder());
    return expired;
  }

  private int slotOf(String id) {
    int slot = slots.getInt(id);
    if (slot >= 0) {
      return slot;
    }
    slot = freeSlots.isEmpty() ? ids.size() : freeSlots.popInt();
    if (slot == ids.size()) {
      ids.add(id);
      grow(slot + 1);
    } else {
      ids.set(slot, id);
    }
    slots.put(id, slot);
    return slot;
  }

  private void grow(int size) {
    if (size > norms.length) {
      int length = Math.max(size, norms.length * 2);
      norms = Arrays.copyOf(norms, length);
      lastSeen = Arrays.copyOf(lastSeen, length);
      dots = Arrays.copyOf(dots, length);
      stamps = Arrays.copyOf(stamps, length);
    }
  }
}
