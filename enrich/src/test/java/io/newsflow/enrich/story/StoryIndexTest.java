package io.newsflow.enrich.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

  private final StoryIndex index = new StoryIndex();

  @Test
  void findsTheStoryWithTheMostSimilarCentroid() {
    index.add(story("story-a", Map.of("e:org/openai", 2.0, "t:partenariat", 1.0), 10));
    index.add(story("story-b", Map.of("e:org/microsoft", 2.0, "t:cloud", 2.0), 10));

    assertEquals("story-a", index.closest(Map.of("e:org/openai", 2.0, "e:org/microsoft", 1.0), 0.3, 0));
  }

  @Test
  void findsNoStoryBelowTheThreshold() {
    index.add(story("story-a", Map.of("e:org/openai", 1.0, "t:altman", 1.0, "t:conseil", 1.0), 10));

    assertNull(index.closest(Map.of("e:org/openai", 1.0, "t:football", 3.0), 0.5, 0));
  }

  @Test
  void findsNoStoryLastSeenBeforeTheWindow() {
    index.add(story("story-a", Map.of("e:org/openai", 1.0), 10));

    assertNull(index.closest(Map.of("e:org/openai", 1.0), 0.3, 11));
    assertEquals("story-a", index.closest(Map.of("e:org/openai", 1.0), 0.3, 10));
  }

  @Test
  void forgetsARemovedStoryAndItsArticles() {
    StoryState story = story("story-a", Map.of("e:org/openai", 1.0), 10);
    index.add(story);
    assertEquals("story-a", index.storyOf("a"));

    index.remove(story);

    assertNull(index.closest(Map.of("e:org/openai", 1.0), 0.3, 0));
    assertNull(index.storyOf("a"));
  }

  @Test
  void listsStoriesLastSeenBeforeATime() {
    index.add(story("story-old", Map.of("t:vieux", 1.0), 10));
    index.add(story("story-new", Map.of("t:neuf", 1.0), 50));

    assertEquals(List.of("story-old"), index.seenBefore(20));
  }

  @Test
  void choosesAsTheDirectCosineOverAllStoriesDoes() {
    Random random = new Random(3);
    Map<String, StoryState> stories = new HashMap<>();
    for (int step = 0; step < 3_000; step++) {
      Map<String, Double> features = randomFeatures(random);
      long oldest = random.nextInt(50);
      String expected = directClosest(stories.values(), features, 0.3, oldest);
      assertEquals(expected, index.closest(features, 0.3, oldest), "step " + step);
      String id = "story-" + random.nextInt(400);
      StoryState old = stories.get(id);
      if (old != null) {
        index.remove(old);
      }
      if (random.nextInt(5) > 0) {
        StoryState story = story(id, features, random.nextInt(100));
        index.add(story);
        stories.put(id, story);
      } else {
        stories.remove(id);
      }
    }
  }

  private static Map<String, Double> randomFeatures(Random random) {
    Map<String, Double> features = new LinkedHashMap<>();
    for (int i = random.nextInt(8); i >= 0; i--) {
      features.put("t:" + random.nextInt(30), 0.5 + random.nextInt(4) / 2.0);
    }
    return features;
  }

  /** Cosine against every story, the greatest id of equals: what the index must answer. */
  private static String directClosest(Collection<StoryState> stories, Map<String, Double> features, double threshold,
      long oldest) {
    String best = null;
    double bestScore = threshold;
    for (StoryState story : stories) {
      double dot = 0;
      for (Map.Entry<String, Double> feature : features.entrySet()) {
        dot += feature.getValue() * story.centroid().getOrDefault(feature.getKey(), 0.0);
      }
      double score = dot / (StoryFeatures.norm(features) * StoryFeatures.norm(story.centroid()));
      boolean better = score > bestScore || score == bestScore && (best == null || story.id().compareTo(best) > 0);
      if (dot > 0 && story.lastSeen() >= oldest && better) {
        best = story.id();
        bestScore = score;
      }
    }
    return best;
  }

  private static StoryState story(String id, Map<String, Double> centroid, long seenAt) {
    return StoryState.start(id, centroid, "fr", id.substring("story-".length()), seenAt);
  }
}
