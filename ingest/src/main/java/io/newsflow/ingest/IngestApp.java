package io.newsflow.ingest;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import io.newsflow.ingest.poll.FeedPoller;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service on its own: {@code java io.newsflow.ingest.IngestApp [config-file]} polls
 * the feeds registered in the cluster named by {@code KAFKA_BOOTSTRAP_SERVERS} until stopped.
 */
public final class IngestApp {

  private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);

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
    Settings settings = Settings.load(args.length > 0 ? Path.of(args[0]) : null, System.getenv());
    if (settings.usesEmbeddedBroker()) {
      throw new IllegalArgumentException("set KAFKA_BOOTSTRAP_SERVERS: the ingest service needs a Kafka cluster");
    }
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    FeedPoller poller = create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      poller.close();
      stopped.countDown();
    }, "ingest-shutdown"));
    poller.start();
    LOG.info("ingest started against {}", settings.get(Settings.BOOTSTRAP_SERVERS));
    stopped.await();
  }
}
