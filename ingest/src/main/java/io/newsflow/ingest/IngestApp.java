package io.newsflow.ingest;

import io.newsflow.core.config.ServiceMain;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import io.newsflow.ingest.poll.FeedPoller;
import io.newsflow.ingest.poll.PollerMetrics;
import java.util.Properties;

/**
 * The ingest service on its own: {@code java io.newsflow.ingest.IngestApp [config-file]} polls
 * the feeds registered in the cluster named by {@code KAFKA_BOOTSTRAP_SERVERS} until stopped.
 */
public final class IngestApp {


  private IngestApp() {}

  /** A poller (not started) of the feeds of {@code topics} in the cluster at {@code bootstrapServers}. */
  public static FeedPoller create(Settings settings, String bootstrapServers, Topics topics) {
    return new FeedPoller(IngestConfig.from(settings), clientProperties(settings, bootstrapServers), topics);
  }

  /** The Kafka client properties of ingest: the {@code kafka.*} settings and the bootstrap servers. */
  public static Properties clientProperties(Settings settings, String bootstrapServers) {
    Properties client = settings.kafkaProperties();
    client.put("bootstrap.servers", bootstrapServers);
    return client;
  }

  public static void main(String[] args) throws InterruptedException {
    Settings settings = ServiceMain.settings(args, "ingest");
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    FeedPoller poller = create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics);
    ServiceMain.runUntilShutdown("ingest", settings, poller::start, poller::close,
        metrics -> PollerMetrics.bind(metrics, poller));
  }

}
