package io.newsflow.enrich.story;

import io.newsflow.core.model.Article;
import io.newsflow.enrich.dedupe.Expiry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Online story clustering: an article joins the most similar story seen within the window
 * when the similarity reaches the threshold, else it starts a story of its own. Stories are
 * global, so this step runs on one partition; a story's id is {@code story-} plus the id of
 * its first article, which makes it stable across replays.
 */
public final class StoryAssigner implements FixedKeyProcessor<String, Article, StoryUpdate> {

  public static final String STORE = "stories";
  static final double THRESHOLD = 0.3;

  private final Duration window;
  private FixedKeyProcessorContext<String, StoryUpdate> context;
  private KeyValueStore<String, StoryState> stories;

  public StoryAssigner(Duration window) {
    this.window = window;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, StoryUpdate> context) {
    this.context = context;
    this.stories = context.getStateStore(STORE);
    Expiry.schedule(context, stories, window, StoryState::lastSeen);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    Map<String, Double> features = StoryFeatures.of(article);
    StoryState story = bestMatch(article, features, record.timestamp());
    StoryState joined = story == null
        ? StoryState.start("story-" + article.id(), features, article.language(), article.id(), record.timestamp())
        : story.add(features, article.language(), article.id(), record.timestamp());
    stories.put(joined.id(), joined);
    context.forward(record.withValue(new StoryUpdate(article.withStoryId(joined.id()), joined.summary())));
  }

  private StoryState bestMatch(Article article, Map<String, Double> features, long at) {
    StoryState best = null;
    double bestScore = THRESHOLD;
    long oldest = at - window.toMillis();
    try (KeyValueIterator<String, StoryState> all = stories.all()) {
      while (all.hasNext()) {
        KeyValue<String, StoryState> entry = all.next();
        StoryState candidate = entry.value;
        if (candidate.articleIds().contains(article.id())) {
          return candidate;
        }
        double score = StoryFeatures.cosine(features, candidate.centroid());
        if (candidate.lastSeen() >= oldest && score >= bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    return best;
  }
}
