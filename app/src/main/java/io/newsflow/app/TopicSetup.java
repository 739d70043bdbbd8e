package io.newsflow.app;

import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the topics of a namespace that do not exist yet (compacted where the registry says
 * so), and deletes a namespace's topics when a replay is done with them.
 */
public final class TopicSetup {

  private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

  private TopicSetup() {}

  public static void ensure(Properties client, Topics topics, int partitions, short replication) {
    try (Admin admin = Admin.create(client)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = topics.all().stream()
          .filter(t -> !existing.contains(t.name()))
          .map(t -> newTopic(t, partitions, replication))
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

  /** Deletes every topic and consumer group whose name starts with {@code prefix}: the
   * namespace's own and those of the Streams applications named after it. */
  public static void deleteNamespace(Properties client, String prefix) {
    try (Admin admin = Admin.create(client)) {
      List<String> names = admin.listTopics().names().get().stream()
          .filter(name -> name.startsWith(prefix)).toList();
      admin.deleteTopics(names).all().get();
      List<String> groups = admin.listGroups().all().get().stream()
          .map(GroupListing::groupId)
          .filter(id -> id.startsWith(prefix)).toList();
      deleteGroups(admin, groups);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot delete topics " + prefix + "*: "
          + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deleting topics", e);
    }
  }

  /** Deletes consumer groups, best effort: a group still closing expires on its own later. */
  private static void deleteGroups(Admin admin, List<String> groups) throws InterruptedException {
    try {
      admin.deleteConsumerGroups(groups).all().get();
    } catch (ExecutionException e) {
      LOG.info("Consumer groups {} left to expire: {}", groups, e.getCause().getMessage());
    }
  }

  private static NewTopic newTopic(Topic<?, ?> topic, int partitions, short replication) {
    NewTopic created = new NewTopic(topic.name(), partitions, replication);
    return topic.compacted()
        ? created.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
        : created;
  }
}
