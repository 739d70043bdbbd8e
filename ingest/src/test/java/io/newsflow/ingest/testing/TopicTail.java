package io.newsflow.ingest.testing;

import io.newsflow.core.kafka.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Follows a topic's committed records from its beginning, for assertions in ITs. */
public final class TopicTail<V> implements AutoCloseable {

  private final KafkaConsumer<String, V> consumer;
  private final List<V> values = new ArrayList<>();

  public TopicTail(String bootstrap, Topic<String, V> topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Everything read so far, after one more poll. */
  public List<V> values() {
    for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(100))) {
      values.add(record.value());
    }
    return List.copyOf(values);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
