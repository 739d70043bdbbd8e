package io.newsflow.app.bench;

import io.newsflow.app.Pause;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor the pipeline is held against: the generated stream, first produced whole to a topic
 * the way the pipeline gets it, then copied from there to another topic by a read-committed
 * consumer and a transactional producer (one transaction per poll, the input offsets committed
 * in it), so that the copy pays what exactly-once costs in Kafka and nothing else. Producing
 * first keeps the generator's own speed out of the copy rate.
 */
final class PassThrough {

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration STALL = Duration.ofSeconds(120);

  private final Properties client;
  private final String from;
  private final String to;
  private final String group;
  private final PrintStream progress;
  private final boolean terminal;

  PassThrough(Properties client, String from, String to, String group, PrintStream progress, boolean terminal) {
    this.client = client;
    this.from = from;
    this.to = to;
    this.group = group;
    this.progress = progress;
    this.terminal = terminal;
  }

  /**
   * What the copy loop did.
   *
   * @param producedPerSecond documents generated, serialized and produced a second, by one thread
   * @param seconds from the copy loop's start to its last commit
   */
  record Result(Feeder.Produced produced, double producedPerSecond, int copied, double seconds, double perSecond,
      ProcessMeter.Usage usage) {}

  Result run(ArticleStream stream, List<TopicPartition> partitions) {
    long start = System.nanoTime();
    Feeder.Produced produced = produce(stream);
    double producedPerSecond = produced.documents() / Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    try (KafkaConsumer<String, byte[]> consumer = consumer(); KafkaProducer<String, byte[]> producer = producer()) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      producer.initTransactions();
      ProcessMeter meter = new ProcessMeter();
      long first = System.nanoTime();
      long last = copyAll(consumer, producer, stream.size(), meter);
      double seconds = Math.max(1e-3, (last - first) / 1e9);
      return new Result(produced, producedPerSecond, stream.size(), seconds, stream.size() / seconds, meter.stop());
    }
  }

  /** Copies {@code total} records; returns when the last transaction was committed (nano time). */
  private long copyAll(KafkaConsumer<String, byte[]> consumer, KafkaProducer<String, byte[]> producer, int total,
      ProcessMeter meter) {
    ProgressLine line = new ProgressLine(progress, "copy", total, terminal);
    long last = System.nanoTime();
    int copied = 0;
    while (copied < total) {
      ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
      if (!records.isEmpty()) {
        copy(consumer, producer, records);
        copied += records.count();
        last = System.nanoTime();
      } else if (System.nanoTime() - last > STALL.toNanos()) {
        throw new IllegalStateException("the copy loop saw nothing new for " + STALL.toSeconds() + " s after "
            + copied + " records");
      }
      meter.sample();
      line.update(total, copied);
    }
    line.finish(total, copied);
    return last;
  }

  private Feeder.Produced produce(ArticleStream stream) {
    Feeder feeder = new Feeder(stream, client, from, 0);
    ProgressLine line = new ProgressLine(progress, "produce", stream.size(), terminal);
    feeder.start();
    while (!feeder.finished()) {
      line.update(feeder.sent(), feeder.sent());
      feeder.check();
      Pause.of(Duration.ofMillis(100));
    }
    line.finish(feeder.sent(), feeder.sent());
    return feeder.finish();
  }

  /** Copies one poll's records in one transaction. */
  private void copy(KafkaConsumer<String, byte[]> consumer, KafkaProducer<String, byte[]> producer,
      ConsumerRecords<String, byte[]> records) {
    producer.beginTransaction();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      producer.send(new ProducerRecord<>(to, null, record.key(), record.value(), record.headers()));
      offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
          (a, b) -> a.offset() >= b.offset() ? a : b);
    }
    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
    producer.commitTransaction();
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, group);
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }
}
