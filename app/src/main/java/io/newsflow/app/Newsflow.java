package io.newsflow.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: replay a folder, run the monitor, and the admin commands. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = Newsflow.Version.class,
    description = "Watches news sources and tells you when something you care about is covered.",
    subcommands = {ReplayCommand.class, RunCommand.class, SubscriptionsCommand.class, EntitiesCommand.class,
        FeedsCommand.class, AlertsCommand.class, ParseFeedCommand.class, ExtractCommand.class, DeadLettersCommand.class,
        SetupCommand.class, io.newsflow.app.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class Newsflow implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for main and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Newsflow())
        .setExecutionExceptionHandler(new ErrorReporter())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version the build wrote into {@code newsflow-version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Newsflow.class.getResourceAsStream("/newsflow-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"newsflow " + properties.getProperty("version", "unknown")
          + " (Java " + Runtime.version() + ")"};
    }
  }
}
