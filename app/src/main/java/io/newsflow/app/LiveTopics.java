package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import java.util.Properties;

/**
 * What an admin command needs: the cluster (embedded or configured) with the live topics in
 * place, and their registry. Closing it stops an embedded broker this command started.
 */
final class LiveTopics implements AutoCloseable {

  private final Cluster cluster;
  private final Topics topics;

  private LiveTopics(Cluster cluster, Topics topics) {
    this.cluster = cluster;
    this.topics = topics;
  }

  static LiveTopics open(Settings settings) {
    Cluster cluster = Cluster.connect(settings);
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    try {
      TopicSetup.ensure(cluster.clientProperties(), topics, settings.getInt("topics.partitions"),
          (short) settings.getInt("topics.replicationFactor"));
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return new LiveTopics(cluster, topics);
  }

  Topics topics() {
    return topics;
  }

  Properties client() {
    return cluster.clientProperties();
  }

  Cluster cluster() {
    return cluster;
  }

  @Override
  public void close() {
    cluster.close();
  }
}
