package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.metrics.MetricsServer;
import io.newsflow.core.model.Feed;
import io.newsflow.core.model.Subscription;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.feed.FeedLists;
import io.newsflow.ingest.poll.FeedPoller;
import io.newsflow.ingest.poll.PollerMetrics;
import io.newsflow.ingest.poll.PollerStatus;
import io.newsflow.ingest.registry.FeedRegistry;
import io.newsflow.sink.deliver.DeliveryService;
import io.newsflow.sink.files.OutputFiles;
import io.newsflow.sink.files.TopicFollower;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow run}: the pipeline on the live topics until Ctrl-C, its outputs appended to files. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Watches the registered feeds, runs enrich and sink on the live topics and delivers"
        + " alerts (webhooks, files) until stopped (Ctrl-C), appending what the pipeline produces to"
        + " the files of sink.outDir.")
final class RunCommand implements Callable<Integer> {

  private static final Duration STATUS_EVERY = Duration.ofSeconds(30);

  @Mixin
  private ClusterOptions cluster;

  @Option(names = "--subscriptions", paramLabel = "FILE",
      description = "JSON array of {\"id\", \"query\"} subscriptions to add before starting.")
  private Path subscriptionsFile;

  @Option(names = "--feeds", paramLabel = "FILE",
      description = "Feeds to watch (OPML, or one URL per line), added to the registry before starting.")
  private Path feedsFile;

  @Override
  public Integer call() {
    Settings settings = cluster.settings();
    List<Subscription> subscriptions = subscriptionsFile == null ? List.of() : SubscriptionsFile.read(subscriptionsFile);
    AtomicBoolean stopping = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.set(true);
      awaitQuietly(stopped);
    }, "newsflow-run-shutdown"));
    try (LiveTopics live = LiveTopics.open(settings)) {
      Cluster kafka = live.cluster();
      Topics topics = live.topics();
      Publisher.publish(kafka.clientProperties(), topics.subscriptions(), subscriptions, Subscription::id);
      addFeeds(live);
      Path outDir = Path.of(settings.get("sink.outDir"));
      try (MetricsServer metrics = MetricsServer.start(settings, "run");
          Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), topics);
          FeedPoller poller = IngestApp.create(settings, kafka.bootstrapServers(), topics);
          DeliveryService delivery = DeliveryService.create(settings, kafka.bootstrapServers(), topics);
          OutputFiles files = new OutputFiles(outDir, topics, false);
          TopicFollower follower = TopicFollower.fromEnd(kafka.clientProperties(), files.topics())) {
        System.err.println("newsflow run: watching " + topics.prefix() + "* on "
            + (kafka.embedded() ? "the embedded broker " : "") + kafka.bootstrapServers()
            + "; outputs appended to " + outDir + "/ (Ctrl-C to stop)"
            + (metrics.port() < 0 ? "" : "; metrics on port " + metrics.port() + " (/metrics, /health)"));
        pipeline.bind(metrics);
        PollerMetrics.bind(metrics, poller);
        OutputMetrics outputs = new OutputMetrics(metrics.registry(), topics);
        poller.start();
        delivery.start();
        follow(follower, record -> {
          files.write(record);
          outputs.record(record);
        }, files, poller, stopping);
      }
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  private void addFeeds(LiveTopics live) {
    if (feedsFile == null) {
      return;
    }
    List<Feed> feeds = FeedLists.read(feedsFile);
    try (FeedRegistry registry = new FeedRegistry(live.client(), live.topics())) {
      int added = registry.addMissing(feeds).size();
      System.err.println("newsflow run: " + added + " new feeds of " + feeds.size() + " in " + feedsFile);
    }
  }

  private static void follow(TopicFollower follower, Consumer<ConsumerRecord<String, byte[]>> output,
      OutputFiles files, FeedPoller poller, AtomicBoolean stopping) {
    long written = 0;
    long documentsBefore = 0;
    long nextStatus = System.nanoTime() + STATUS_EVERY.toNanos();
    while (!stopping.get()) {
      written += follower.pollOnce(output);
      files.flush();
      if (System.nanoTime() > nextStatus) {
        PollerStatus feeds = poller.status();
        double perMinute = (feeds.documents() - documentsBefore) * 60.0 / STATUS_EVERY.toSeconds();
        System.err.printf(Locale.ROOT, "newsflow run: feeds %d (due %d, fetching %d, healthy %d, failing %d),"
            + " %.0f items/min, %d documents in, %d records out%n", feeds.feeds(), feeds.due(),
            feeds.fetching(), feeds.healthy(), feeds.failing(), perMinute, feeds.documents(), written);
        documentsBefore = feeds.documents();
        nextStatus = System.nanoTime() + STATUS_EVERY.toNanos();
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
