package io.newsflow.sink;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.StreamsProperties;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.core.kafka.Topics;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;

/** The sink (matching) service on its own: {@code java io.newsflow.sink.SinkApp [config-file]}. */
public final class SinkApp {


  private SinkApp() {}

  /** A started-later Streams instance of the sink against {@code bootstrapServers}. */
  public static KafkaStreams create(Settings settings, String bootstrapServers, Topics topics) {
    SinkConfig config = SinkConfig.from(settings);
    return new KafkaStreams(
        SinkTopology.build(config, topics, new SubscriptionMatcher()),
        StreamsProperties.of(settings, bootstrapServers, config.applicationId(), "sink", topics));
  }

  public static void main(String[] args) throws InterruptedException {
    Settings settings = Settings.load(args.length > 0 ? Path.of(args[0]) : null, System.getenv());
    if (settings.usesEmbeddedBroker()) {
      throw new IllegalArgumentException("set KAFKA_BOOTSTRAP_SERVERS: the sink service needs a Kafka cluster");
    }
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    KafkaStreams streams = create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics);
    StreamsSupport.runUntilShutdown(streams, "sink");
  }
}
