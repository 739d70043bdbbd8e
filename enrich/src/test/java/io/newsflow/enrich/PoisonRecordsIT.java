package io.newsflow.enrich;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Bytes that are not a RawDocument become a dead letter with their reason, and the stream goes on. */
@ExtendWith(KafkaBroker.class)
class PoisonRecordsIT {

  @Test
  void deadLettersWhatCannotBeReadAndKeepsTheRest(KafkaBroker broker, @TempDir Path state) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix("poison"));
    broker.createTopics(topics, 1);
    Settings settings = Settings.defaultSettings().with("streams.stateDir", state.toString())
        .with("enrich.applicationId", topics.prefix() + "enrich");
    byte[] good = topics.raw().valueSerde().serializer().serialize(topics.raw().name(),
        RawDocument.of("good", "https://example.org/good", RawDocument.TEXT,
            "Un titre assez long pour un article\nLe conseil municipal a voté le budget de l'année."));

    try (KafkaStreams enrich = EnrichApp.create(settings, broker.bootstrapServers(), topics);
        KafkaProducer<String, byte[]> producer = producer(broker)) {
      enrich.start();
      producer.send(new ProducerRecord<>(topics.raw().name(), "not-json", "<html>not json".getBytes(StandardCharsets.UTF_8))).get();
      producer.send(new ProducerRecord<>(topics.raw().name(), "good", good)).get();

      Map<String, ConsumerRecord<String, byte[]>> seen = new ConcurrentHashMap<>();
      try (KafkaConsumer<String, byte[]> consumer = consumer(broker, topics)) {
        consumer.subscribe(List.of(topics.articles().name(), topics.deadLetters().name()));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
          consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.put(r.topic() + "/" + r.key(), r));
          return seen.size() >= 2;
        });
      }
      ConsumerRecord<String, byte[]> deadLetter = seen.get(topics.deadLetters().name() + "/not-json");
      assertEquals("<html>not json", new String(deadLetter.value(), StandardCharsets.UTF_8));
      assertEquals("enrich", DeadLetters.header(deadLetter.headers(), DeadLetters.STAGE));
      assertEquals(topics.raw().name(), DeadLetters.header(deadLetter.headers(), DeadLetters.SOURCE_TOPIC));
      assertTrue(DeadLetters.header(deadLetter.headers(), DeadLetters.ERROR).contains("RawDocument"),
          DeadLetters.header(deadLetter.headers(), DeadLetters.ERROR));
      assertTrue(seen.containsKey(topics.articles().name() + "/good"), seen.keySet().toString());
    }
  }

  private static KafkaProducer<String, byte[]> producer(KafkaBroker broker) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> consumer(KafkaBroker broker, Topics topics) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, topics.prefix() + "verifier");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
