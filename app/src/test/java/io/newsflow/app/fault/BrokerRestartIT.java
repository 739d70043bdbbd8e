package io.newsflow.app.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.Pause;
import io.newsflow.app.ServiceProcess;
import io.newsflow.core.kafka.EmbeddedKafka;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.sink.files.TopicFollower;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stopped and started again on the same data and address while a driver streams
 * documents through the enrich service: every document still gets exactly one outcome, read
 * committed, and the service rides out the outage without a restart.
 */
class BrokerRestartIT {

  private static final int DOCUMENTS = 400;
  private static final int COPY_EVERY = 10;

  @Test
  void everyDocumentGetsOneOutcomeAcrossABrokerRestart(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("kafka");
    int port = freePort();
    AtomicReference<EmbeddedKafka> broker = new AtomicReference<>(EmbeddedKafka.start(data, port));
    try {
      String bootstrap = broker.get().bootstrapServers();
      Topics topics = Topics.withPrefix("restart.");
      createTopics(bootstrap, topics);
      List<RawDocument> documents = IntStream.range(0, DOCUMENTS).mapToObj(BrokerRestartIT::document).toList();
      Map<String, Integer> seen = new HashMap<>();

      try (ServiceProcess enrich = ServiceProcess.start(EnrichApp.class, serviceEnv(bootstrap, topics, tmp), tmp.resolve("enrich.log"));
          TopicFollower outcomes = new TopicFollower(client(bootstrap),
              List.of(topics.articles().name(), topics.duplicates().name()));
          Driver driver = new Driver(bootstrap, topics, documents.subList(1, DOCUMENTS))) {
        // The first document alone, so that the stream starts once enrich is up and the restart lands mid-stream.
        publish(bootstrap, topics, documents.get(0));
        await().atMost(Duration.ofSeconds(90)).until(() -> read(outcomes, seen) >= 1);
        driver.start();
        await().atMost(Duration.ofSeconds(90))
            .until(() -> read(outcomes, seen) >= DOCUMENTS / 4 && driver.sent() >= DOCUMENTS * 3 / 8);
        broker.get().close();
        broker.set(EmbeddedKafka.start(data, port));

        await().atMost(Duration.ofSeconds(90)).until(() -> read(outcomes, seen) >= DOCUMENTS);
        driver.close();
        // Whatever else was committed, up to the end: a second outcome would be there.
        outcomes.readUntil(outcomes.endOffsets(), record -> seen.merge(record.key(), 1, Integer::sum));
        assertTrue(enrich.alive(), "enrich stopped; see " + tmp.resolve("enrich.log"));
      }

      assertEquals(documents.stream().map(RawDocument::id).collect(Collectors.toSet()), seen.keySet());
      assertEquals(Map.of(), moreThanOnce(seen), "documents with more than one outcome");
    } finally {
      broker.get().close();
    }
  }

  /** Publishes the documents at a steady pace from its own thread, so the restart lands mid-stream. */
  private static final class Driver implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Thread thread;
    private final AtomicInteger sent = new AtomicInteger();

    Driver(String bootstrap, Topics topics, List<RawDocument> documents) {
      Properties props = client(bootstrap);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
      thread = new Thread(() -> {
        for (RawDocument document : documents) {
          producer.send(new ProducerRecord<>(topics.raw().name(), document.id(),
              topics.raw().valueSerde().serializer().serialize(topics.raw().name(), document)));
          sent.incrementAndGet();
          Pause.of(Duration.ofMillis(25));
        }
        producer.flush();
      }, "driver");
    }

    void start() {
      thread.start();
    }

    /** How many documents the producer has taken so far. */
    int sent() {
      return sent.get();
    }

    /** Waits for the driver to finish; one stuck on a broker that never came back is cut short. */
    @Override
    public void close() throws InterruptedException {
      thread.join(Duration.ofSeconds(60).toMillis());
      producer.close(Duration.ofSeconds(5));
      thread.join();
    }
  }

  private static void publish(String bootstrap, Topics topics, RawDocument document) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client(bootstrap), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.raw().name(), document.id(),
          topics.raw().valueSerde().serializer().serialize(topics.raw().name(), document))).get();
    }
  }

  /** Document {@code i}: a text of its own, or every tenth an exact copy of the one before. */
  private static RawDocument document(int i) {
    int source = i % COPY_EVERY == COPY_EVERY - 1 ? i - 1 : i;
    return RawDocument.of("doc-" + i, "https://example.org/" + i, RawDocument.TEXT, MadeUpText.text(source));
  }

  private static int read(TopicFollower follower, Map<String, Integer> seen) {
    follower.pollOnce(record -> seen.merge(record.key(), 1, Integer::sum));
    return seen.size();
  }

  private static Map<String, Integer> moreThanOnce(Map<String, Integer> seen) {
    return seen.entrySet().stream().filter(e -> e.getValue() > 1).limit(10)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  private static Map<String, String> serviceEnv(String bootstrap, Topics topics, Path tmp) {
    Map<String, String> env = new TreeMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put("NEWSFLOW_TOPICS_PREFIX", topics.prefix());
    env.put("NEWSFLOW_ENRICH_APPLICATION_ID", topics.prefix() + "enrich");
    env.put("NEWSFLOW_STREAMS_STATE_DIR", tmp.resolve("state").toString());
    env.put("NEWSFLOW_METRICS_PORT", "0");
    return env;
  }

  private static void createTopics(String bootstrap, Topics topics) throws Exception {
    try (Admin admin = Admin.create(client(bootstrap))) {
      admin.createTopics(topics.all().stream()
          .map(t -> new NewTopic(t.name(), 3, (short) 1)
              .configs(t.compacted() ? Map.of("cleanup.policy", "compact") : Map.of()))
          .toList()).all().get();
    }
  }

  /** A port free now, so that the broker can come back on the same address after its restart. */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties client(String bootstrap) {
    Properties props = new Properties();
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return props;
  }
}
