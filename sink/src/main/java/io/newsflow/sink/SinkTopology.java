package io.newsflow.sink;

import static io.newsflow.core.kafka.StreamsSupport.consumed;
import static io.newsflow.core.kafka.StreamsSupport.produced;
import static io.newsflow.core.kafka.StreamsSupport.store;

import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Article;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Wires the sink pipeline: subscriptions are broadcast to every instance (a global store
 * feeding the matcher), articles are matched where they are, and matches meet by subscription
 * and story to become alerts, story updates or digests (see {@link StoryAlerts}).
 */
public final class SinkTopology {

  private static final Serde<MatchedArticle> MATCHED = JsonSerde.compact(MatchedArticle.class);

  private SinkTopology() {}

  public static Topology build(SinkConfig config, Topics topics, SubscriptionMatcher matcher) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addGlobalStore(
        store(SubscriptionUpdates.STORE, topics.subscriptions().valueSerde()).withLoggingDisabled(),
        topics.subscriptions().name(),
        consumed(topics.subscriptions()),
        () -> new SubscriptionUpdates(matcher));
    builder.addStateStore(store(StoryAlerts.STORE, JsonSerde.compact(StoryAlerts.Alerted.class)));
    builder.addStateStore(store(StoryAlerts.PENDING_STORE, JsonSerde.compact(StoryAlerts.Pending.class)));
    builder.stream(topics.articles().name(), consumed(topics.articles()))
        .flatMap((id, article) -> matches(matcher, article), Named.as("match"))
        .repartition(Repartitioned.<String, MatchedArticle>as("by-subscription-story")
            .withKeySerde(Serdes.String()).withValueSerde(MATCHED))
        .process(() -> new StoryAlerts(config), Named.as("story-alerts"),
            StoryAlerts.STORE, StoryAlerts.PENDING_STORE)
        .to(topics.alerts().name(), produced(topics.alerts()));
    return builder.build();
  }

  private static List<KeyValue<String, MatchedArticle>> matches(SubscriptionMatcher matcher, Article article) {
    return matcher.match(article).stream()
        .map(m -> MatchedArticle.of(m.subscriptionId(), article, m.reasons()))
        .map(m -> KeyValue.pair(m.storyKey(), m))
        .toList();
  }

}
