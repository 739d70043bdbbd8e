package io.newsflow.enrich.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
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

  private static StoryState story(String id, Map<String, Double> centroid, long seenAt) {
    return StoryState.start(id, centroid, "fr", id.substring("story-".length()), seenAt);
  }
}
