package io.newsflow.app.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Json;
import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.sink.files.TopicFollower;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that {@code raw} accepts (an operator raised its limit for long pages) but that is
 * larger than enrich may write becomes a dead letter with its stage and reason, and the
 * documents after it still become articles.
 */
@ExtendWith(KafkaBroker.class)
class OversizeRecordIT {

  /** What raw accepts here: an operator raised it for long pages; enrich keeps the 1 MB default. */
  private static final int RAW_MAX_BYTES = 8 * 1024 * 1024;
  private static final int HUGE_BODY_CHARS = 3 * 1024 * 1024;

  @Test
  void deadLettersAnUnreadableRecordTooLargeToCopyAndKeepsTheRest(KafkaBroker broker, @TempDir Path state)
      throws Exception {
    byte[] page = ("<html><body>" + longText(HUGE_BODY_CHARS) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    DeadLetterRun run = runBetweenTwoArticles(broker, state, "oversize-unreadable", page);

    String error = DeadLetters.header(run.deadLetter().headers(), DeadLetters.ERROR);
    assertTrue(error.startsWith("SerializationException: not a RawDocument"), error);
    assertTrue(error.endsWith("bytes are left out, too large to write: see the source offset)"), error);
    assertEquals(run.topics().raw().name(), DeadLetters.header(run.deadLetter().headers(), DeadLetters.SOURCE_TOPIC));
    assertNull(run.deadLetter().value());
  }

  /**
   * The article builder refuses a text too long for an article before anything is written (a
   * processing error, so a dead letter): under exactly-once, a send refused as too large would
   * put the transaction in an abortable state before the production handler is asked, and the
   * task would meet the same record again.
   */
  @Test
  void deadLettersAnArticleTooLargeToWriteAndKeepsTheRest(KafkaBroker broker, @TempDir Path state) throws Exception {
    byte[] document = Json.mapper().writeValueAsBytes(document("huge", longText(HUGE_BODY_CHARS)));
    DeadLetterRun run = runBetweenTwoArticles(broker, state, "oversize-article", document);

    String error = DeadLetters.header(run.deadLetter().headers(), DeadLetters.ERROR);
    assertTrue(error.contains("too large") || error.contains("TooLarge"), error);
  }

  /** The dead letter of the huge record, and the topics of the run. */
  private record DeadLetterRun(Topics topics, ConsumerRecord<String, byte[]> deadLetter) {}

  /**
   * Runs enrich over an article, {@code huge} under the key "huge" and another article; checks
   * that both articles came out, that the huge record became a dead letter of enrich pointing at
   * its offset, and that enrich is still running.
   */
  private static DeadLetterRun runBetweenTwoArticles(KafkaBroker broker, Path state, String name, byte[] huge)
      throws Exception {
    Topics topics = topics(broker, name);
    try (KafkaStreams enrich = EnrichApp.create(settings(topics, state), broker.bootstrapServers(), topics);
        KafkaProducer<String, byte[]> producer = producer(broker);
        TopicFollower outcomes = new TopicFollower(client(broker),
            List.of(topics.articles().name(), topics.deadLetters().name()))) {
      enrich.start();
      send(producer, topics, document("before", "Le conseil municipal a voté le budget de l'année."));
      RecordMetadata hugeSent = producer.send(new ProducerRecord<>(topics.raw().name(), "huge", huge)).get();
      send(producer, topics, document("after", "La préfecture a ouvert une enquête sur le chantier du port."));

      Map<String, ConsumerRecord<String, byte[]>> seen = awaitOutcomes(enrich, outcomes, 3);

      assertTrue(seen.containsKey(topics.articles().name() + "/before"), seen.keySet().toString());
      assertTrue(seen.containsKey(topics.articles().name() + "/after"), seen.keySet().toString());
      ConsumerRecord<String, byte[]> deadLetter = seen.get(topics.deadLetters().name() + "/huge");
      assertNotNull(deadLetter, seen.keySet().toString());
      assertEquals("enrich", DeadLetters.header(deadLetter.headers(), DeadLetters.STAGE));
      assertEquals(Long.toString(hugeSent.offset()), DeadLetters.header(deadLetter.headers(), DeadLetters.SOURCE_OFFSET));
      assertEquals(KafkaStreams.State.RUNNING, enrich.state());
      return new DeadLetterRun(topics, deadLetter);
    }
  }

  private static Topics topics(KafkaBroker broker, String name) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix(name));
    broker.createTopics(topics, 1);
    allowLargeRecords(broker, topics.raw().name());
    return topics;
  }

  private static Settings settings(Topics topics, Path state) {
    return Settings.defaultSettings().with("streams.stateDir", state.toString())
        .with("enrich.applicationId", topics.prefix() + "enrich");
  }

  /** Reads articles and dead letters until {@code count} have come, or enrich has failed. */
  private static Map<String, ConsumerRecord<String, byte[]>> awaitOutcomes(
      KafkaStreams enrich, TopicFollower outcomes, int count) {
    Map<String, ConsumerRecord<String, byte[]>> seen = new HashMap<>();
    await().atMost(Duration.ofSeconds(60))
        .failFast("enrich stopped", () -> enrich.state() == KafkaStreams.State.ERROR)
        .until(() -> {
          outcomes.pollOnce(r -> seen.put(r.topic() + "/" + r.key(), r));
          return seen.size() >= count;
        });
    return seen;
  }

  private static RawDocument document(String id, String text) {
    return RawDocument.of(id, "https://example.org/" + id, RawDocument.TEXT,
        "Un titre assez long pour l'article " + id + "\n" + text);
  }

  /** Plain paragraphs of ordinary French, {@code chars} long: a very long page, not junk. */
  private static String longText(int chars) {
    String paragraph = "Le rapport annuel détaille les dépenses de la commune, poste par poste, et les "
        + "investissements prévus pour les écoles, les routes et le réseau d'eau potable.\n\n";
    StringBuilder text = new StringBuilder(chars + paragraph.length());
    for (int i = 0; text.length() < chars; i++) {
      text.append("Section ").append(i).append(". ").append(paragraph);
    }
    return text.toString();
  }

  private static void send(KafkaProducer<String, byte[]> producer, Topics topics, RawDocument document)
      throws Exception {
    byte[] value = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), document);
    producer.send(new ProducerRecord<>(topics.raw().name(), document.id(), value)).get();
  }

  private static void allowLargeRecords(KafkaBroker broker, String topic) throws Exception {
    try (var admin = broker.admin()) {
      AlterConfigOp raise = new AlterConfigOp(
          new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(RAW_MAX_BYTES)), AlterConfigOp.OpType.SET);
      admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(raise)))
          .all().get();
    }
  }

  private static KafkaProducer<String, byte[]> producer(KafkaBroker broker) {
    Properties props = client(broker);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(RAW_MAX_BYTES));
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  private static Properties client(KafkaBroker broker) {
    Properties props = new Properties();
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return props;
  }
}
