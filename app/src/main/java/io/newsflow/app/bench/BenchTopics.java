package io.newsflow.app.bench;

import io.newsflow.core.kafka.Topics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The bench's own topic set-up in its namespace: the two topics of the copy loop, and broker
 * append time on the output topics so that an output record's timestamp says when it was
 * written (Streams would otherwise copy the raw record's timestamp onto it).
 */
final class BenchTopics {

  private BenchTopics() {}

  static void useAppendTime(Properties client, Topics topics) {
    AlterConfigOp appendTime = new AlterConfigOp(
        new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"), AlterConfigOp.OpType.SET);
    Map<ConfigResource, Collection<AlterConfigOp>> changes = List.of(topics.articles(), topics.duplicates(),
            topics.deadLetters(), topics.alerts()).stream()
        .collect(Collectors.toMap(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name()), t -> List.of(appendTime)));
    try (Admin admin = Admin.create(client)) {
      admin.incrementalAlterConfigs(changes).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot set append time on " + topics.prefix() + "*: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while configuring topics", e);
    }
  }

  /** Creates the copy loop's input and output topics; returns the input's partitions. */
  static List<TopicPartition> createCopyTopics(Properties client, String from, String to, int partitions, short replication) {
    try (Admin admin = Admin.create(client)) {
      admin.createTopics(List.of(new NewTopic(from, partitions, replication), new NewTopic(to, partitions, replication)))
          .all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create " + from + " and " + to + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
    return IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(from, p)).toList();
  }
}
