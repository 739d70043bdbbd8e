package io.newsflow.app;

import io.newsflow.core.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command that talks to Kafka shares: the config file and the cluster. */
public final class ClusterOptions {

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Settings file (keys of newsflow-defaults.properties); environment variables override it.")
  Path config;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", scope = ScopeType.INHERIT,
      description = "Kafka cluster to use (also KAFKA_BOOTSTRAP_SERVERS). Default: the embedded broker.")
  String bootstrapServers;

  public Settings settings() {
    Settings settings = Settings.load(config, System.getenv());
    return bootstrapServers == null ? settings : settings.with(Settings.BOOTSTRAP_SERVERS, bootstrapServers);
  }
}
