package io.newsflow.ingest.registry;

import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics ingest owns besides the core registry's: {@code <prefix>feed-state}, compacted.
 * (It belongs in {@link Topics}; until it is there, it is built here from the same prefix.)
 */
public final class IngestTopics {

  private IngestTopics() {}

  public static Topic<String, FeedState> feedState(Topics topics) {
    return new Topic<>(topics.prefix() + "feed-state", Serdes.String(), JsonSerde.of(FeedState.class), true);
  }

  /** Creates the {@code feeds} and {@code feed-state} topics when they do not exist yet. */
  public static void ensure(Properties client, Topics topics, int partitions, short replication) {
    try (Admin admin = Admin.create(client)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = List.of(topics.feeds(), feedState(topics)).stream()
          .filter(topic -> !existing.contains(topic.name()))
          .map(topic -> new NewTopic(topic.name(), partitions, replication)
              .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
          .toList();
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create the ingest topics: " + e.getCause().getMessage(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the ingest topics", e);
    }
  }
}
