package io.newsflow.app;

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

/**
 * Creates the topics of a namespace that do not exist yet (compacted where the registry says
 * so), and deletes a namespace's topics when a replay is done with them.
 */
final class TopicSetup {

  private TopicSetup() {}

  /**
   * @param rawPartitions partitions of the raw topic (a replay uses one, so that the stream is
   *     processed in file order and its outputs are the same each time)
   */
  static void ensure(Properties client, Topics topics, int partitions, int rawPartitions, short replication) {
    try (Admin admin = Admin.create(client)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = topics.all().stream()
          .filter(t -> !existing.contains(t.name()))
          .map(t -> newTopic(t, t == topics.raw() ? rawPartitions : partitions, replication))
          .toList();
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topics " + topics.prefix() + "*: "
          + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /** Deletes every topic whose name starts with {@code prefix} (the namespace's own and the
   * Streams applications' internal topics named after it). */
  static void deleteNamespace(Properties client, String prefix) {
    try (Admin admin = Admin.create(client)) {
      List<String> names = admin.listTopics().names().get().stream()
          .filter(name -> name.startsWith(prefix)).toList();
      admin.deleteTopics(names).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot delete topics " + prefix + "*: "
          + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deleting topics", e);
    }
  }

  private static NewTopic newTopic(Topic<?, ?> topic, int partitions, short replication) {
    NewTopic created = new NewTopic(topic.name(), partitions, replication);
    return topic.compacted()
        ? created.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
        : created;
  }
}
