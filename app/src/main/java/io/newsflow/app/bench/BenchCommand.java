package io.newsflow.app.bench;

import io.newsflow.app.Cluster;
import io.newsflow.app.ClusterOptions;
import io.newsflow.app.Namespace;
import io.newsflow.app.Publisher;
import io.newsflow.app.TopicSetup;
import io.newsflow.core.config.Settings;
import io.newsflow.core.model.Subscription;
import io.newsflow.enrich.entities.KnowledgeBase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench}: the whole pipeline under a realistic generated load, measured end to end. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
        "Generates a realistic article stream (HTML pages and texts, mostly French and English, with copies,"
            + " near copies and follow-ups) and a set of subscriptions, both the same for the same --seed;"
            + " copies the stream from topic to topic with a bare Kafka loop, then runs it through enrich and sink,"
            + " and reports throughput, latency from raw to articles and alerts, CPU and heap.",
        "Runs in a fresh namespace of topics and state, deleted afterwards."})
public final class BenchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "20000", description = "Documents in the stream (default: ${DEFAULT-VALUE}).")
  private int articles;

  @Option(names = "--subscriptions", paramLabel = "N", defaultValue = "1000", description = "Subscriptions to match (default: ${DEFAULT-VALUE}).")
  private int subscriptions;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the stream and subscriptions (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--rate", paramLabel = "N/s", converter = RateConverter.class,
      description = "Produce at most N documents a second (default: as fast as possible).")
  private double rate;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
      description = "Leave the first N documents out of the latency figures, while the JVM compiles its hot code"
          + " (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--exact-duplicates", paramLabel = "SHARE", defaultValue = "0.05",
      description = "Share of exact copies: same text, other URL (default: ${DEFAULT-VALUE}).")
  private double exactDuplicates;

  @Option(names = "--near-duplicates", paramLabel = "SHARE", defaultValue = "0.05",
      description = "Share of near copies: one sentence changed, another site (default: ${DEFAULT-VALUE}).")
  private double nearDuplicates;

  @Option(names = "--follow-ups", paramLabel = "SHARE", defaultValue = "0.2",
      description = "Share of new articles on an earlier story (default: ${DEFAULT-VALUE}).")
  private double followUps;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
      description = "Seed corpus whose sentences go into French articles (default: ${DEFAULT-VALUE}; none if missing).")
  private Path seeds;

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions of every topic (default: topics.partitions).")
  private Integer partitions;

  @Option(names = "--no-copy-loop", description = "Skip the bare Kafka copy loop (and producing the stream once before it).")
  private boolean noCopyLoop;

  @Option(names = "--timeline", paramLabel = "DIR",
      description = "Write heap after GC, lag and dead letters every 10 s to DIR/timeline.csv and DIR/timeline.png"
          + " (soak runs: a long --rate run).")
  private Path timeline;

  @Option(names = "--json", description = "Print the report as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    if (articles < 1 || subscriptions < 0 || warmup < 0 || warmup >= articles) {
      throw new IllegalArgumentException(
          "--articles must be at least 1, --subscriptions at least 0, --warmup at least 0 and below --articles");
    }
    Settings settings = cluster.settings();
    ArticleStream stream = ArticleStream.create(seed, articles, new StreamShares(exactDuplicates, nearDuplicates, followUps),
        SeedMaterial.read(seeds));
    List<Subscription> queries = new SubscriptionMix(KnowledgeBase.loadDefault(), stream.banks()).generate(seed, subscriptions);
    BenchReport report;
    try (Cluster kafka = Cluster.connect(settings)) {
      report = run(kafka, Namespace.fresh(settings, Clock.systemUTC()), stream, queries);
    }
    if (timeline != null) {
      Timeline.write(report.pipeline().timeline(), timeline);
      System.err.println("newsflow bench: timeline in " + timeline.resolve("timeline.csv") + " and timeline.png");
    }
    spec.commandLine().getOut().print(json ? report.json() : report.text());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private BenchReport run(Cluster kafka, Namespace namespace, ArticleStream stream, List<Subscription> queries) {
    Settings settings = namespace.settings();
    Properties client = kafka.clientProperties();
    int parts = partitions != null ? partitions : settings.getInt("topics.partitions");
    short replication = (short) settings.getInt("topics.replicationFactor");
    PrintStream progress = System.err;
    boolean terminal = System.console() != null;
    TopicSetup.ensure(client, namespace.topics(), parts, replication);
    try {
      BenchTopics.useAppendTime(client, namespace.topics());
      PassThrough.Result copy = noCopyLoop ? null : copyLoop(kafka, namespace, stream, parts, replication, progress, terminal);
      Publisher.publish(client, namespace.topics().subscriptions(), queries, Subscription::id);
      PipelinePass.Result pipeline = new PipelinePass(kafka.bootstrapServers(), client, namespace, progress, terminal)
          .run(stream, rate, warmup);
      return BenchReport.of(setup(kafka, settings, parts), copy, pipeline);
    } finally {
      TopicSetup.deleteNamespace(client, namespace.prefix());
      deleteState(namespace.stateDir());
    }
  }

  private PassThrough.Result copyLoop(Cluster kafka, Namespace namespace, ArticleStream stream, int parts, short replication,
      PrintStream progress, boolean terminal) {
    Properties client = kafka.clientProperties();
    String from = namespace.prefix() + "bench-raw";
    String to = namespace.prefix() + "bench-copy";
    List<TopicPartition> input = BenchTopics.createCopyTopics(client, from, to, parts, replication);
    return new PassThrough(client, from, to, namespace.prefix() + "bench-copier", progress, terminal).run(stream, input);
  }

  private BenchReport.Setup setup(Cluster kafka, Settings settings, int parts) {
    return new BenchReport.Setup(articles, subscriptions, seed, rate, warmup,
        new StreamShares(exactDuplicates, nearDuplicates, followUps),
        kafka.embedded() ? "embedded broker in this JVM" : "broker " + kafka.bootstrapServers(), parts,
        settings.getInt("streams.threads"), settings.get("streams.processingGuarantee"),
        settings.getInt("streams.commitIntervalMs"), Runtime.getRuntime().availableProcessors(), Runtime.version().toString());
  }

  private static void deleteState(Path dir) {
    try {
      Utils.delete(dir.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** {@code 20/s} or {@code 20}: documents per second, positive. */
  static final class RateConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
      String number = text.trim().toLowerCase(Locale.ROOT).replaceFirst("/s$", "");
      try {
        double value = Double.parseDouble(number);
        if (value > 0 && Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("--rate must be a positive number of documents a second, such as 20/s, not '" + text + "'");
    }
  }
}
