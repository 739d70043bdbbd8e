package io.newsflow.app;

import io.newsflow.core.config.Durations;
import io.newsflow.core.model.Feed;
import io.newsflow.ingest.registry.FeedRegistry;
import io.newsflow.ingest.registry.FeedState;
import io.newsflow.ingest.registry.FeedStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow feeds add|list|remove|import|export}: the feeds that run watches. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
    description = "Manages the watched feeds (the compacted feeds topic); a running run picks changes up without restart.")
final class FeedsCommand {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Command(name = "add", description = "Adds a feed, or updates its settings.")
  void add(
      @Parameters(paramLabel = "URL") String url,
      @Option(names = "--interval", paramLabel = "PERIOD", description = "How often to poll it, such as 10m (default: ingest.defaultInterval).") String interval,
      @Option(names = "--lang", paramLabel = "CODE", description = "Language hint for its articles (ISO 639-1).") String language,
      @Option(names = "--tag", paramLabel = "NAME", description = "A tag (repeatable).") List<String> tags) {
    Duration every = interval == null ? null : Durations.parse("--interval", interval);
    withRegistry(registry -> {
      Feed added = registry.add(new Feed(Feed.SCHEMA_VERSION, url, null, every, language, tags, true));
      out().println("added " + added.url());
    });
  }

  @Command(name = "list", description = "Lists the feeds with their health.")
  void list() {
    withRegistry(registry -> {
      List<FeedStatus> statuses = registry.statuses();
      out().println("url\thealthy\tlast fetch\tstatus\titems seen\terrors\tnext poll\tlast error");
      statuses.forEach(s -> out().println(s.feed().url() + "\t" + health(s.state())));
      out().println(statuses.size() + " feeds");
    });
  }

  @Command(name = "remove", description = "Stops watching a feed.")
  void remove(@Parameters(paramLabel = "URL") String url) {
    withRegistry(registry -> out().println(registry.remove(url) ? "removed " + url : url + " was not watched"));
  }

  @Command(name = "import", description = "Adds the feeds of an OPML file or of a file with one URL per line.")
  void importFile(@Parameters(paramLabel = "FILE") Path file) {
    withRegistry(registry -> out().println("added " + registry.importFile(file).size() + " feeds from " + file));
  }

  @Command(name = "export", description = "Prints the feeds as OPML.")
  void export() {
    withRegistry(registry -> out().print(registry.exportOpml()));
  }

  private static String health(FeedState state) {
    if (state == null) {
      return "-\tnever polled";
    }
    return (state.healthy() ? "yes" : "NO") + "\t" + state.lastFetch() + "\t" + state.lastStatus() + " "
        + state.lastOutcome() + "\t" + state.itemsSeen() + "\t" + state.errorCount() + "\t" + state.nextPoll()
        + "\t" + (state.lastError() == null ? "" : state.lastError());
  }

  private void withRegistry(Consumer<FeedRegistry> action) {
    try (LiveTopics live = LiveTopics.open(cluster.settings());
        FeedRegistry registry = new FeedRegistry(live.client(), live.topics())) {
      action.accept(registry);
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
