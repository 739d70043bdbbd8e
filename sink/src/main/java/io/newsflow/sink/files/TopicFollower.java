package io.newsflow.sink.files;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from the beginning with read-committed isolation (so only what the exactly-once
 * stages committed is seen), either up to given end offsets or until stopped.
 */
public final class TopicFollower implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

  private final KafkaConsumer<String, byte[]> consumer;

  /** Follows {@code topics} from the beginning of what they retain. */
  public TopicFollower(Properties clientProps, Collection<String> topics) {
    this(clientProps, topics, false);
  }

  /** Follows {@code topics} from their current committed end, so only what comes next is read. */
  public static TopicFollower fromEnd(Properties clientProps, Collection<String> topics) {
    return new TopicFollower(clientProps, topics, true);
  }

  private TopicFollower(Properties clientProps, Collection<String> topics, boolean fromEnd) {
    Properties props = new Properties();
    props.putAll(clientProps);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = topics.stream()
        .flatMap(t -> partitions(t).stream())
        .toList();
    consumer.assign(partitions);
    if (fromEnd) {
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
    } else {
      consumer.seekToBeginning(partitions);
    }
  }

  /** The partitions of {@code topic}, waiting for a topic created a moment ago to show in the
   * metadata. */
  private List<TopicPartition> partitions(String topic) {
    long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
    while (true) {
      List<PartitionInfo> found = consumer.partitionsFor(topic, METADATA_WAIT);
      if (!found.isEmpty()) {
        return found.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topic " + topic + " does not exist");
      }
      try {
        Thread.sleep(POLL.toMillis() / 4);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
      }
    }
  }

  /** The current committed end offsets (last stable offsets) of the followed partitions. */
  public Map<TopicPartition, Long> endOffsets() {
    return consumer.endOffsets(consumer.assignment());
  }

  /** Polls once and hands every record to {@code sink}; returns how many there were. */
  public int pollOnce(Consumer<ConsumerRecord<String, byte[]>> sink) {
    int count = 0;
    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
      sink.accept(record);
      count++;
    }
    return count;
  }

  /** Reads until every partition has reached {@code ends}. */
  public void readUntil(Map<TopicPartition, Long> ends, Consumer<ConsumerRecord<String, byte[]>> sink) {
    while (!reached(ends)) {
      pollOnce(sink);
    }
  }

  private boolean reached(Map<TopicPartition, Long> ends) {
    return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  @Override
  public void close() {
    consumer.close();
  }
}
