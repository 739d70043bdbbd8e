package io.newsflow.app;

import io.newsflow.core.kafka.Topic;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes a few records (subscriptions, feeds, entities) to a registered topic and waits for them. */
public final class Publisher {

  private Publisher() {}

  public static <V> void publish(Properties client, Topic<String, V> topic, Collection<V> values, Function<V, String> key) {
    send(client, topic, values.stream().map(v -> new ProducerRecord<>(topic.name(), key.apply(v), v)).toList());
  }

  /** Publishes a tombstone: the key leaves the compacted topic and whoever follows it. */
  static <V> void delete(Properties client, Topic<String, V> topic, String key) {
    send(client, topic, List.of(new ProducerRecord<String, V>(topic.name(), key, null)));
  }

  /** An idempotent producer of raw bytes, all replicas acknowledging, with a short linger for batches. */
  public static KafkaProducer<String, byte[]> bytesProducer(Properties client) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  private static <V> void send(Properties client, Topic<String, V> topic, List<ProducerRecord<String, V>> records) {
    if (records.isEmpty()) {
      return;
    }
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(props,
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      for (ProducerRecord<String, V> record : records) {
        producer.send(record).get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot publish to " + topic.name() + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing to " + topic.name(), e);
    }
  }
}
