package io.newsflow.ingest.registry;

import io.newsflow.core.kafka.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a compacted topic from its beginning to its current end (committed records only) into
 * a map, last value per key winning and tombstones removing: a table, without a consumer group.
 */
public final class CompactedTopics {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private CompactedTopics() {}

  public static <V> Map<String, V> readAll(Properties client, Topic<String, V> topic) {
    Map<String, V> table = new TreeMap<>();
    try (KafkaConsumer<String, V> consumer = consumer(client, topic)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + LIMIT.toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic.name() + " to its end within " + LIMIT.toSeconds() + " s");
        }
        for (ConsumerRecord<String, V> record : consumer.poll(POLL)) {
          apply(table, record);
        }
      }
    }
    return table;
  }

  /** A consumer without group of {@code topic}'s committed records. */
  public static <V> KafkaConsumer<String, V> consumer(Properties client, Topic<String, V> topic) {
    Properties props = new Properties();
    props.putAll(client);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  static <V> void apply(Map<String, V> table, ConsumerRecord<String, V> record) {
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      table.remove(record.key());
    } else {
      table.put(record.key(), record.value());
    }
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
