package io.newsflow.app;

import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.sink.files.TopicFollower;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow dead-letters list|redrive}: what a stage gave up on, and sending it back after a fix. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
    description = "Lists the records the stages could not process, or sends them back to the topic they came from.")
final class DeadLettersCommand {

  private static final Duration POLL = Duration.ofMillis(500);

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Command(name = "list", description = "Prints each dead letter: key, stage, source and reason.")
  void list(@Option(names = "--stage", description = "Only those of this stage (ingest, enrich, sink, ...).") String stage) {
    int[] shown = new int[1];
    try (LiveTopics live = LiveTopics.open(cluster.settings());
        TopicFollower follower = new TopicFollower(live.client(), List.of(live.topics().deadLetters().name()))) {
      follower.readUntil(follower.endOffsets(), record -> {
        if (matches(record, stage)) {
          shown[0]++;
          out().println(record.key() + "\t" + header(record, DeadLetters.STAGE) + "\t"
              + header(record, DeadLetters.SOURCE_TOPIC) + "\t" + header(record, DeadLetters.ERROR));
        }
      });
    }
    out().println(shown[0] + " dead letters");
  }

  @Command(name = "redrive",
      description = "Sends dead letters back to their source topic, once each (the command remembers"
          + " how far it got in the consumer group <prefix>redrive).")
  void redrive(@Option(names = "--stage", description = "Only those of this stage.") String stage) {
    int sent = 0;
    int skipped = 0;
    int tooLarge = 0;
    try (LiveTopics live = LiveTopics.open(cluster.settings());
        KafkaConsumer<String, byte[]> consumer = consumer(live.client(), live.topics().prefix() + "redrive");
        KafkaProducer<String, byte[]> producer = Publisher.bytesProducer(live.client())) {
      resume(consumer, live.topics().deadLetters().name());
      Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
      while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          if (!matches(record, stage)) {
            continue;
          }
          String source = header(record, DeadLetters.SOURCE_TOPIC);
          if (source == null) {
            skipped++;
          } else if (record.value() == null) {
            tooLarge++;
          } else {
            producer.send(new ProducerRecord<>(source, record.key(), record.value()));
            sent++;
          }
        }
        producer.flush();
        consumer.commitSync();
      }
    }
    out().println("redrove " + sent + " dead letters" + (skipped > 0 ? "; " + skipped
        + " had no source topic (a file that could not be read: fix it and replay it)" : "")
        + (tooLarge > 0 ? "; " + tooLarge + " left out their original, too large to write (it is still at the"
        + " source offset of their headers, and too large to process)" : ""));
  }

  /** Picks up where the last redrive stopped: the group's committed offsets, else the start. */
  private static void resume(KafkaConsumer<String, byte[]> consumer, String topic) {
    Set<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .collect(Collectors.toSet());
    consumer.assign(partitions);
    Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions);
    for (TopicPartition partition : partitions) {
      OffsetAndMetadata at = committed.get(partition);
      if (at == null) {
        consumer.seekToBeginning(List.of(partition));
      } else {
        consumer.seek(partition, at.offset());
      }
    }
  }

  private static boolean matches(ConsumerRecord<String, byte[]> record, String stage) {
    return stage == null || stage.equals(header(record, DeadLetters.STAGE));
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return DeadLetters.header(record.headers(), name);
  }

  private static KafkaConsumer<String, byte[]> consumer(Properties client, String group) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
