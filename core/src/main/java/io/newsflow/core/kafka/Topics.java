package io.newsflow.core.kafka;

import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.core.model.Feed;
import io.newsflow.core.model.KnowledgeEntity;
import io.newsflow.core.model.RawDocument;
import io.newsflow.core.model.Story;
import io.newsflow.core.model.Subscription;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The immutable registry of newsflow's topics, all named from one prefix (default
 * {@code newsflow.}) so that several pipelines can share a cluster.
 */
public record Topics(
    String prefix,
    Topic<String, Feed> feeds,
    Topic<String, RawDocument> raw,
    Topic<String, Article> articles,
    Topic<String, DuplicateVerdict> duplicates,
    Topic<String, Story> stories,
    Topic<String, KnowledgeEntity> entities,
    Topic<String, Subscription> subscriptions,
    Topic<String, Alert> alerts,
    Topic<String, byte[]> deadLetters) {

  public static final String DEFAULT_PREFIX = "newsflow.";

  public static Topics withPrefix(String prefix) {
    return new Topics(
        prefix,
        compacted(prefix + "feeds", Feed.class),
        deleted(prefix + "raw", RawDocument.class),
        deleted(prefix + "articles", Article.class),
        deleted(prefix + "duplicates", DuplicateVerdict.class),
        compacted(prefix + "stories", Story.class),
        compacted(prefix + "entities", KnowledgeEntity.class),
        compacted(prefix + "subscriptions", Subscription.class),
        deleted(prefix + "alerts", Alert.class),
        new Topic<>(prefix + "dead-letters", Serdes.String(), Serdes.ByteArray(), false));
  }

  /** Every topic, in the order of the pipeline, for creating them. */
  public List<Topic<?, ?>> all() {
    return List.of(
        feeds, raw, articles, duplicates, stories, entities, subscriptions, alerts, deadLetters);
  }

  private static <V> Topic<String, V> compacted(String name, Class<V> type) {
    return new Topic<>(name, Serdes.String(), serde(type), true);
  }

  private static <V> Topic<String, V> deleted(String name, Class<V> type) {
    return new Topic<>(name, Serdes.String(), serde(type), false);
  }

  private static <V> Serde<V> serde(Class<V> type) {
    return JsonSerde.of(type);
  }
}
