package io.newsflow.core.kafka;

import io.newsflow.core.config.ServiceMain;
import io.newsflow.core.config.Settings;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the Streams services share: serdes of registered topics, stores, and a main loop. */
public final class StreamsSupport {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsSupport.class);
  /** How long a closing service waits for its threads to commit and stop. */
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Closing options that leave the consumer group (Streams does not by default), so that a
   * restarted or remaining instance takes the partitions over at once instead of after the
   * session timeout.
   */
  public static final CloseOptions LEAVE_GROUP =
      CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP);

  private StreamsSupport() {}

  public static <K, V> Consumed<K, V> consumed(Topic<K, V> topic) {
    return Consumed.with(topic.keySerde(), topic.valueSerde());
  }

  public static <K, V> Produced<K, V> produced(Topic<K, V> topic) {
    return Produced.with(topic.keySerde(), topic.valueSerde());
  }

  /** A persistent, changelogged key-value store with string keys, cached: a key written several
   * times between two commits reaches RocksDB and the changelog once. */
  public static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
        .withCachingEnabled();
  }

  /** A changelogged key-value store with string keys held in memory and restored from its
   * changelog on start, for compact state read many times per record; not cached, as the record
   * cache would keep a second copy of what is already in memory. */
  public static <V> StoreBuilder<KeyValueStore<String, V>> memoryStore(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values);
  }

  /** Starts {@code streams} (a failed stream thread is replaced) and blocks until the JVM is
   * asked to stop, then closes it. */
  public static void runUntilShutdown(KafkaStreams streams, String service, Settings settings)
      throws InterruptedException {
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("{} stream thread failed; replacing it", service, e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    ServiceMain.runUntilShutdown(service, settings, streams::start,
        () -> streams.close(LEAVE_GROUP.withTimeout(CLOSE_TIMEOUT)),
        metrics -> metrics.bind(service, streams));
  }

}
