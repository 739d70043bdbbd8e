package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.EmbeddedKafka;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The Kafka cluster a command talks to: the configured bootstrap servers; else the embedded
 * broker that another newsflow process already runs on the data directory; else an embedded
 * broker started here and stopped on close.
 */
public final class Cluster implements AutoCloseable {

  private final String bootstrapServers;
  private final Properties clientProperties;
  private final EmbeddedKafka owned;

  private Cluster(String bootstrapServers, Properties kafkaProperties, EmbeddedKafka owned) {
    this.bootstrapServers = bootstrapServers;
    this.owned = owned;
    this.clientProperties = new Properties();
    clientProperties.putAll(kafkaProperties);
    clientProperties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
  }

  public static Cluster connect(Settings settings) {
    if (!settings.usesEmbeddedBroker()) {
      return new Cluster(settings.get(Settings.BOOTSTRAP_SERVERS), settings.kafkaProperties(), null);
    }
    Path dataDir = Path.of(settings.get("embedded.dataDir"));
    Optional<String> running = EmbeddedKafka.runningOn(dataDir);
    if (running.isPresent()) {
      return new Cluster(running.get(), settings.kafkaProperties(), null);
    }
    EmbeddedKafka broker = EmbeddedKafka.start(dataDir, settings.getInt("embedded.port"));
    return new Cluster(broker.bootstrapServers(), settings.kafkaProperties(), broker);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Client properties for admin, producers and consumers (a fresh copy each time). */
  public Properties clientProperties() {
    Properties copy = new Properties();
    copy.putAll(clientProperties);
    return copy;
  }

  public boolean embedded() {
    return owned != null;
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }
}
