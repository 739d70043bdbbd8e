package io.newsflow.core.kafka;

import io.newsflow.core.config.Settings;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams configuration that enrich and sink share: exactly-once by default, string keys, dead
 * letters for what cannot be read, processed or written, state under the configured directory.
 */
public final class StreamsProperties {

  private StreamsProperties() {}

  /**
   * @param applicationId consumer group and state prefix of the service
   * @param stage the name dead letters carry
   */
  public static Properties of(
      Settings settings, String bootstrapServers, String applicationId, String stage,
      Topics topics) {
    Properties props = settings.kafkaProperties();
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, settings.get("streams.processingGuarantee"));
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.getInt("streams.commitIntervalMs"));
    // A stream thread commits between polls: a poll that waits longer than the commit interval
    // for new input would hold back the output of the input it already processed.
    props.put(StreamsConfig.POLL_MS_CONFIG, Math.min(100, settings.getInt("streams.commitIntervalMs")));
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.getInt("streams.threads"));
    props.put(StreamsConfig.STATE_DIR_CONFIG, settings.get("streams.stateDir"));
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.getInt("topics.replicationFactor"));
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(DeadLetterHandler.STAGE_CONFIG, stage);
    props.put(DeadLetterHandler.TOPIC_CONFIG, topics.deadLetters().name());
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG),
        settings.getInt("streams.fetchMaxWaitMs"));
    return props;
  }
}
