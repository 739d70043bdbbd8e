package io.newsflow.enrich;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.core.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Copies that arrive later on other partitions of {@code raw} are still caught, with a real broker. */
@ExtendWith(KafkaBroker.class)
class DuplicatesAcrossPartitionsIT {

  @Test
  void catchesExactAndNearCopiesOnOtherPartitions(KafkaBroker broker, @TempDir Path state) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix("dedupe"));
    broker.createTopics(topics, 3);
    Settings settings = Settings.defaultSettings().with("streams.stateDir", state.toString());
    String original = Files.readString(Path.of("..", "seeds", "001_e20fdf1390dc8dd6.txt"), StandardCharsets.UTF_8);
    String edited = "Recevez notre lettre d'information chaque matin.\n"
        + original.replace("Cela semblait être un mariage parfait", "On aurait pu croire à une union idéale");

    try (KafkaStreams enrich = EnrichApp.create(settings.with("enrich.applicationId", topics.prefix() + "enrich"),
            broker.bootstrapServers(), topics);
        KafkaProducer<String, RawDocument> producer = producer(broker, topics)) {
      enrich.start();
      Map<String, Object> outcomes = new ConcurrentHashMap<>();
      try (KafkaConsumer<String, Object> consumer = consumer(broker, topics)) {
        consumer.subscribe(List.of(topics.articles().name(), topics.duplicates().name()));
        send(producer, topics, 0, "original", original);
        await().atMost(Duration.ofSeconds(60)).until(() -> poll(consumer, outcomes).containsKey("original"));
        send(producer, topics, 1, "exact-copy", original);
        send(producer, topics, 2, "near-copy", edited);
        await().atMost(Duration.ofSeconds(60)).until(() -> poll(consumer, outcomes).size() >= 3);
      }
      Map<String, DuplicateVerdict> verdicts = new java.util.HashMap<>();
      outcomes.forEach((id, value) -> {
        if (value instanceof DuplicateVerdict verdict) {
          verdicts.put(id, verdict);
        }
      });
      assertEquals("original", verdicts.get("exact-copy").duplicateOf());
      assertEquals(DuplicateVerdict.EXACT, verdicts.get("exact-copy").kind());
      assertEquals("original", verdicts.get("near-copy").duplicateOf());
      assertEquals(DuplicateVerdict.NEAR, verdicts.get("near-copy").kind());
    }
  }

  private static void send(KafkaProducer<String, RawDocument> producer, Topics topics, int partition, String id, String text)
      throws Exception {
    RawDocument document = RawDocument.of(id, "https://example.org/" + id, RawDocument.TEXT, text);
    producer.send(new ProducerRecord<>(topics.raw().name(), partition, id, document)).get();
  }

  private static KafkaProducer<String, RawDocument> producer(KafkaBroker broker, Topics topics) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return new KafkaProducer<>(props, topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
  }

  private static Map<String, Object> poll(KafkaConsumer<String, Object> consumer, Map<String, Object> outcomes) {
    consumer.poll(Duration.ofMillis(200)).forEach(r -> outcomes.put(r.key(), r.value()));
    return outcomes;
  }

  /** Reads articles and duplicate verdicts, each as its own record type. */
  private static KafkaConsumer<String, Object> consumer(KafkaBroker broker, Topics topics) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, topics.prefix() + "verifier");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Deserializer<Object> byTopic = (topic, bytes) -> topic.equals(topics.duplicates().name())
        ? topics.duplicates().valueSerde().deserializer().deserialize(topic, bytes)
        : topics.articles().valueSerde().deserializer().deserialize(topic, bytes);
    return new KafkaConsumer<>(props, new StringDeserializer(), byTopic);
  }
}
