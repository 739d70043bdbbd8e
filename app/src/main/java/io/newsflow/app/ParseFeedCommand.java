package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.feed.FeedParsing;
import io.newsflow.ingest.fetch.HostGate;
import io.newsflow.ingest.fetch.PageFetcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow parse-feed}: how newsflow reads a feed, one JSON line per file or URL. */
@Command(name = "parse-feed", mixinStandardHelpOptions = true,
    description = "Parses each feed file or URL and prints one JSON line: source, title, link, language"
        + " and entries, or the error that stopped it.")
final class ParseFeedCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE-or-URL", arity = "1..*")
  private List<String> arguments;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (fetch limits, user agent).")
  private Path config;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config, System.getenv());
    FeedParsing parsing = new FeedParsing(new PageFetcher(IngestConfig.from(settings).fetch(), HostGate.open()));
    PrintWriter out = spec.commandLine().getOut();
    for (String argument : arguments) {
      out.println(FeedParsing.jsonLine(parsing.parseArgument(argument)));
      out.flush();
    }
    return 0;
  }
}
