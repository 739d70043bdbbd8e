package io.newsflow.sink;

import io.newsflow.core.config.ServiceMain;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.StreamsProperties;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.core.kafka.Topics;
import io.newsflow.sink.match.SubscriptionMatcher;
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
    Settings settings = ServiceMain.settings(args, "sink");
    Topics topics = Topics.withPrefix(settings.get("topics.prefix"));
    StreamsSupport.runUntilShutdown(create(settings, settings.get(Settings.BOOTSTRAP_SERVERS), topics), "sink", settings);
  }

}
