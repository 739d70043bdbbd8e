package io.newsflow.enrich.story;

import io.newsflow.core.model.Article;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Online story clustering: an article joins the most similar story seen within the window
 * when the similarity reaches the threshold, else it starts a story of its own. Stories are
 * global, so this step runs on one partition; a story's id is {@code story-} plus the id of
 * its first article, which makes it stable across replays. Only the stories that share features
 * with the article ({@link StoryIndex}) are compared with it.
 */
public final class StoryAssigner implements FixedKeyProcessor<String, Article, StoryUpdate> {

  public static final String STORE = "stories";
  static final double THRESHOLD = 0.3;
  private static final Duration EXPIRY_EVERY = Duration.ofMinutes(5);

  private final Duration window;
  private FixedKeyProcessorContext<String, StoryUpdate> context;
  private KeyValueStore<String, StoryState> stories;
  private final StoryIndex index = new StoryIndex();

  public StoryAssigner(Duration window) {
    this.window = window;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, StoryUpdate> context) {
    this.context = context;
    this.stories = context.getStateStore(STORE);
    try (KeyValueIterator<String, StoryState> all = stories.all()) {
      all.forEachRemaining(entry -> index.add(entry.value));
    }
    context.schedule(EXPIRY_EVERY, PunctuationType.WALL_CLOCK_TIME,
        now -> expire(context.currentStreamTimeMs() - window.toMillis()));
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    Map<String, Double> features = StoryFeatures.of(article);
    StoryState story = bestMatch(article, features, record.timestamp());
    StoryState joined = story == null
        ? StoryState.start("story-" + article.id(), features, article.language(), article.id(), record.timestamp())
        : story.add(features, article.language(), article.id(), record.timestamp());
    if (story != null) {
      index.remove(story);
    }
    index.add(joined);
    stories.put(joined.id(), joined);
    context.forward(record.withValue(new StoryUpdate(article.withStoryId(joined.id()), joined.summary())));
  }

  private StoryState bestMatch(Article article, Map<String, Double> features, long at) {
    String known = index.storyOf(article.id());
    String id = known != null ? known : index.closest(features, THRESHOLD, at - window.toMillis());
    return id == null ? null : stories.get(id);
  }

  private void expire(long oldest) {
    for (String id : index.seenBefore(oldest)) {
      index.remove(stories.get(id));
      stories.delete(id);
    }
  }
}
