package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.model.Subscription;
import io.newsflow.ingest.replay.CorpusReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow replay DIR}: a folder of saved articles as a test stream through the pipeline. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {
        "Replays every file of DIR (sorted by name; .txt text, .html/.htm pages, .json RawDocuments)"
            + " through the whole pipeline, writes the output topics to files and prints a summary.",
        "By default in a fresh namespace of topics and state (deleted afterwards), so that the same"
            + " folder always gives the same outputs; --live replays into the live topics of run."})
final class ReplayCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Parameters(paramLabel = "DIR", description = "Folder of files to replay.")
  private Path dir;

  @Option(names = "--subscriptions", paramLabel = "FILE",
      description = "JSON array of {\"id\", \"query\"} subscriptions to match the articles against.")
  private Path subscriptionsFile;

  @Option(names = "--out", paramLabel = "OUTDIR", defaultValue = "out",
      description = "Where to write articles.jsonl, duplicates.jsonl, alerts.jsonl and dead-letters.jsonl (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--rate", paramLabel = "N/s", description = "Publish at most N documents a second (default: as fast as possible).")
  private String rate;

  @Option(names = "--live", description = "Replay into the live topics that run uses (seen articles count as duplicates).")
  private boolean live;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    List<Path> files = CorpusReader.files(dir);
    List<Subscription> subscriptions = subscriptionsFile == null ? List.of() : SubscriptionsFile.read(subscriptionsFile);
    double perSecond = rate == null ? 0 : parseRate(rate);
    Settings settings = cluster.settings();
    PrintWriter stdout = spec.commandLine().getOut();
    try (Cluster kafka = Cluster.connect(settings)) {
      Namespace namespace = live ? Namespace.live(settings) : Namespace.fresh(settings, Clock.systemUTC());
      TopicSetup.ensure(kafka.clientProperties(), namespace.topics(),
          namespace.fresh() ? 1 : settings.getInt("topics.partitions"),
          (short) settings.getInt("topics.replicationFactor"));
      try {
        Replay.Result result = new Replay(kafka, namespace, System.err).run(files, subscriptions, perSecond);
        ReplayReport report = new ReplayReport(namespace.topics(), result);
        report.write(out);
        stdout.printf(Locale.ROOT, "Replayed %d files from %s in %.1f s (%s)%n%n", files.size(), dir,
            (System.nanoTime() - start) / 1e9, kafka.embedded() ? "embedded broker" : kafka.bootstrapServers());
        stdout.print(report.summary());
        stdout.println("Outputs in " + out + "/: articles.jsonl, duplicates.jsonl, alerts.jsonl, dead-letters.jsonl");
      } finally {
        if (namespace.fresh()) {
          TopicSetup.deleteNamespace(kafka.clientProperties(), namespace.prefix());
          deleteTree(namespace.stateDir());
        }
      }
    }
    return 0;
  }

  /** {@code 20/s} or {@code 20}: documents per second. */
  static double parseRate(String text) {
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

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
