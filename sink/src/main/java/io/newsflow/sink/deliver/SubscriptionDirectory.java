package io.newsflow.sink.deliver;

import io.newsflow.core.kafka.Topic;
import io.newsflow.core.model.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each subscription wants its alerts: the compacted {@code subscriptions} topic read from
 * the beginning into memory (a tombstone removes), kept up to date between deliveries.
 */
final class SubscriptionDirectory implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionDirectory.class);

  private final KafkaConsumer<String, Subscription> consumer;
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

  SubscriptionDirectory(Properties clientProps, Topic<String, Subscription> topic) {
    Properties props = new Properties();
    props.putAll(clientProps);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))
        .stream().map(p -> new TopicPartition(topic.name(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Takes in what has arrived since the last call, without waiting. */
  void refresh() {
    poll(Duration.ZERO);
  }

  /** Reads up to the current end of the topic, so that a subscription added just now is known. */
  void catchUp() {
    Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
    while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
      poll(Duration.ofMillis(100));
    }
  }

  private void poll(Duration timeout) {
    try {
      consumer.poll(timeout).forEach(this::apply);
    } catch (RecordDeserializationException e) {
      LOG.warn("Unreadable subscription skipped at {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
      consumer.seek(e.topicPartition(), e.offset() + 1);
    }
  }

  /** The subscription, or null when it does not exist (any more). */
  Subscription get(String id) {
    return subscriptions.get(id);
  }

  private void apply(ConsumerRecord<String, Subscription> record) {
    if (record.value() == null) {
      subscriptions.remove(record.key());
    } else {
      subscriptions.put(record.key(), record.value());
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
