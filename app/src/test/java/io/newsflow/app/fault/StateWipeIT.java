package io.newsflow.app.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.sink.files.TopicFollower;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrich's state directory deleted between two runs: the dedupe and story state comes back from
 * the changelogs, so the second run's copies of first-run documents get the same verdicts (the
 * same earlier article, the same kind) as in a run whose state was kept.
 */
@ExtendWith(KafkaBroker.class)
class StateWipeIT {

  private static final int ORIGINALS = 30;

  @Test
  void duplicateVerdictsAfterAWipeAreTheSameAsWithKeptState(KafkaBroker broker, @TempDir Path tmp) throws Exception {
    Run kept = run(broker, tmp.resolve("kept"), false);
    Run wiped = run(broker, tmp.resolve("wiped"), true);

    assertTrue(wiped.restored() > 0, "nothing was restored from the changelogs");
    assertEquals(expectedSecondStream(), kept.secondStream(), "the control run itself");
    assertEquals(kept.secondStream(), wiped.secondStream());
  }

  /** What one run gave: the outcome of each second-stream document, and how many records the
   * restart restored from changelogs. */
  private record Run(Map<String, String> secondStream, long restored) {}

  private static Run run(KafkaBroker broker, Path dir, boolean wipe) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix(wipe ? "wiped" : "kept"));
    broker.createTopics(topics, 3);
    Path state = dir.resolve("state");
    Settings settings = Settings.defaultSettings().with("streams.stateDir", state.toString())
        .with("enrich.applicationId", topics.prefix() + "enrich");
    List<String> outcomeTopics = List.of(topics.articles().name(), topics.duplicates().name());
    try (KafkaProducer<String, byte[]> producer = producer(broker)) {
      KafkaStreams first = EnrichApp.create(settings, broker.bootstrapServers(), topics);
      try (TopicFollower outcomes = new TopicFollower(client(broker), outcomeTopics)) {
        first.start();
        awaitOutcomes(outcomes, publish(producer, topics, originals()));
        awaitOutcomes(outcomes, publish(producer, topics, firstStreamCopies()));
      } finally {
        stop(first);
      }
      if (wipe) {
        deleteTree(state);
      }
      AtomicLong restored = new AtomicLong();
      try (KafkaStreams enrich = EnrichApp.create(settings, broker.bootstrapServers(), topics);
          TopicFollower outcomes = TopicFollower.fromEnd(client(broker), outcomeTopics)) {
        enrich.setGlobalStateRestoreListener(counting(restored));
        enrich.start();
        Map<String, String> second = awaitOutcomes(outcomes, publish(producer, topics, secondStream()));
        return new Run(second, restored.get());
      }
    }
  }

  /** A polite stop that also leaves the group, so the restart need not wait for the session to expire. */
  private static void stop(KafkaStreams enrich) {
    enrich.close(StreamsSupport.LEAVE_GROUP.withTimeout(Duration.ofSeconds(30)));
  }

  /** Distinct texts, each the first of its kind. */
  private static List<RawDocument> originals() {
    return IntStream.range(0, ORIGINALS).mapToObj(i -> document("o" + i, MadeUpText.text(i))).toList();
  }

  /** Copies within the first stream: exact ones of o0..o4, near ones of o5..o9. */
  private static List<RawDocument> firstStreamCopies() {
    List<RawDocument> copies = new ArrayList<>();
    IntStream.range(0, 5).forEach(i -> copies.add(document("e" + i, MadeUpText.text(i))));
    IntStream.range(5, 10).forEach(i -> copies.add(document("n" + i, MadeUpText.nearCopy(i))));
    return copies;
  }

  /**
   * After the restart: exact and near copies of first-stream articles, the same URLs sent again
   * unchanged and changed, a copy of a first-stream copy, and new texts.
   */
  private static List<RawDocument> secondStream() {
    List<RawDocument> documents = new ArrayList<>();
    IntStream.range(10, 15).forEach(i -> documents.add(document("E" + i, MadeUpText.text(i))));
    IntStream.range(15, 20).forEach(i -> documents.add(document("N" + i, MadeUpText.nearCopy(i))));
    documents.add(document("o20", MadeUpText.text(20)));
    documents.add(document("o21", MadeUpText.text(21)));
    documents.add(document("o22", MadeUpText.nearCopy(22) + " " + MadeUpText.words(1_000 + 22, 40) + "."));
    // The exact step remembers the first holder of a text even when a later step drops it.
    documents.add(document("E5", MadeUpText.nearCopy(5)));
    IntStream.range(0, 5).forEach(i -> documents.add(document("p" + i, MadeUpText.text(100 + i))));
    return documents;
  }

  /** What a correct enrich makes of the second stream, wherever its state came from. */
  private static Map<String, String> expectedSecondStream() {
    Map<String, String> expected = new TreeMap<>();
    IntStream.range(10, 15).forEach(i -> expected.put("E" + i, "duplicate of o" + i + " (exact)"));
    IntStream.range(15, 20).forEach(i -> expected.put("N" + i, "duplicate of o" + i + " (near)"));
    expected.put("o20", "duplicate of o20 (exact)");
    expected.put("o21", "duplicate of o21 (exact)");
    expected.put("o22", "article, revision 1, story-o22");
    expected.put("E5", "duplicate of n5 (exact)");
    IntStream.range(0, 5).forEach(i -> expected.put("p" + i, "article, revision 0, story-p" + i));
    return expected;
  }

  private static List<String> publish(KafkaProducer<String, byte[]> producer, Topics topics, List<RawDocument> documents)
      throws Exception {
    for (RawDocument document : documents) {
      producer.send(new ProducerRecord<>(topics.raw().name(), document.id(),
          topics.raw().valueSerde().serializer().serialize(topics.raw().name(), document)));
    }
    producer.flush();
    return documents.stream().map(RawDocument::id).toList();
  }

  /** Reads outcomes until each of {@code ids} has one; returns them as comparable text. */
  private static Map<String, String> awaitOutcomes(TopicFollower follower, List<String> ids) {
    Map<String, String> seen = new TreeMap<>();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      follower.pollOnce(record -> seen.put(record.key(), describe(record)));
      return seen.keySet().containsAll(ids);
    });
    return seen;
  }

  private static String describe(ConsumerRecord<String, byte[]> record) {
    Topics any = Topics.withPrefix("");
    if (record.topic().endsWith(any.duplicates().name())) {
      DuplicateVerdict verdict = any.duplicates().valueSerde().deserializer().deserialize(record.topic(), record.value());
      return "duplicate of " + verdict.duplicateOf() + " (" + verdict.kind() + ")";
    }
    Article article = any.articles().valueSerde().deserializer().deserialize(record.topic(), record.value());
    return "article, revision " + article.revision() + ", " + article.storyId();
  }

  private static RawDocument document(String id, String text) {
    return RawDocument.of(id, "https://example.org/" + id, RawDocument.TEXT, text);
  }

  private static StateRestoreListener counting(AtomicLong restored) {
    return new StateRestoreListener() {
      @Override
      public void onRestoreStart(TopicPartition partition, String store, long start, long end) {}

      @Override
      public void onBatchRestored(TopicPartition partition, String store, long batchEnd, long count) {
        restored.addAndGet(count);
      }

      @Override
      public void onRestoreEnd(TopicPartition partition, String store, long total) {}
    };
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static KafkaProducer<String, byte[]> producer(KafkaBroker broker) {
    Properties props = client(broker);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new org.apache.kafka.common.serialization.StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer());
  }

  private static Properties client(KafkaBroker broker) {
    Properties props = new Properties();
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return props;
  }
}
