package io.newsflow.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.RawDocument;
import io.newsflow.core.model.Subscription;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.files.TopicFollower;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the enrich and the sink service with kill -9 in the middle of a stream and starts them
 * again: a read-committed verifier then finds every input's output exactly once.
 */
@ExtendWith(KafkaBroker.class)
class ExactlyOnceIT {

  private static final int DOCUMENTS = 600;
  private static final int COPY_EVERY = 10;
  private static final List<String> WORDS = List.of("marché", "accord", "Microsoft", "OpenAI", "cloud",
      "régulateur", "milliards", "partenariat", "modèle", "données", "serveurs", "contrat", "exclusivité",
      "investissement", "calcul", "puces", "énergie", "Europe", "startup", "licence", "brevet", "usine",
      "ventes", "bourse", "action", "dirigeant", "conseil", "enquête", "concurrence", "prix", "client");

  @Test
  void enrichKilledMidStreamLosesAndDuplicatesNothing(KafkaBroker broker, @TempDir Path tmp) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix("eos-enrich"));
    broker.createTopics(topics, 3);
    Map<String, String> env = serviceEnv(broker, topics, tmp);
    List<RawDocument> documents = IntStream.range(0, DOCUMENTS).mapToObj(ExactlyOnceIT::document).toList();

    try (TopicFollower outcomes = new TopicFollower(client(broker), List.of(topics.articles().name(), topics.duplicates().name()));
        Driver driver = new Driver(broker, topics.raw(), documents, RawDocument::id)) {
      Map<String, Integer> seen = new HashMap<>();
      ServiceProcess enrich = ServiceProcess.start(EnrichApp.class, env, tmp.resolve("enrich.log"));
      driver.start();
      await().atMost(Duration.ofMinutes(2)).until(() -> read(outcomes, seen) >= DOCUMENTS / 4);
      assertTrue(enrich.alive(), "enrich died on its own; see " + tmp.resolve("enrich.log"));
      enrich.kill();

      try (ServiceProcess restarted = ServiceProcess.start(EnrichApp.class, env, tmp.resolve("enrich.log"))) {
        await().atMost(Duration.ofMinutes(2)).until(() -> read(outcomes, seen) >= DOCUMENTS);
      }
      read(outcomes, seen);

      assertEquals(documents.stream().map(RawDocument::id).collect(Collectors.toSet()), seen.keySet());
      assertEquals(Map.of(), duplicated(seen), "ids with more than one outcome (first 10)");
    }
  }

  @Test
  void sinkKilledMidStreamRaisesEveryAlertExactlyOnce(KafkaBroker broker, @TempDir Path tmp) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix("eos-sink"));
    broker.createTopics(topics, 3);
    Map<String, String> env = serviceEnv(broker, topics, tmp);
    List<Subscription> subscriptions = List.of(
        Subscription.of("openai", "openai"), Subscription.of("cloud-deal", "cloud AND contrat"),
        Subscription.of("not-europe", "marché AND NOT europe"));
    Publisher.publish(client(broker), topics.subscriptions(), subscriptions, Subscription::id);
    List<Article> articles = IntStream.range(0, DOCUMENTS).mapToObj(ExactlyOnceIT::article).toList();
    Set<String> expected = expectedAlerts(subscriptions, articles);

    try (TopicFollower alerts = new TopicFollower(client(broker), List.of(topics.alerts().name()));
        Driver driver = new Driver(broker, topics.articles(), articles, Article::id)) {
      Map<String, Integer> seen = new HashMap<>();
      ServiceProcess sink = ServiceProcess.start(SinkApp.class, env, tmp.resolve("sink.log"));
      driver.start();
      await().atMost(Duration.ofMinutes(2)).until(() -> read(alerts, seen, ExactlyOnceIT::alertId) >= expected.size() / 4);
      assertTrue(sink.alive(), "sink died on its own; see " + tmp.resolve("sink.log"));
      sink.kill();

      try (ServiceProcess restarted = ServiceProcess.start(SinkApp.class, env, tmp.resolve("sink.log"))) {
        await().atMost(Duration.ofMinutes(2)).until(() -> read(alerts, seen, ExactlyOnceIT::alertId) >= expected.size());
      }
      read(alerts, seen, ExactlyOnceIT::alertId);

      assertEquals(expected, seen.keySet());
      assertEquals(Map.of(), duplicated(seen), "alerts raised more than once (first 10)");
    }
  }

  /**
   * Publishes records at a steady pace from its own thread, so the kill lands mid-stream. Each
   * record is acknowledged before the next is sent: with several batches in flight, one CI run saw
   * the broker reject the driver's batches as out of sequence for seconds on end, and the test
   * timed out waiting for outcomes of inputs that had not arrived. A send that fails is reported
   * when the driver closes.
   */
  private static final class Driver implements AutoCloseable {

    private final Thread thread;
    private final KafkaProducer<String, byte[]> producer;
    private volatile Exception failure;

    <V> Driver(KafkaBroker broker, Topic<String, V> topic, List<V> values, java.util.function.Function<V, String> key) {
      Properties props = client(broker);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
      producer = new KafkaProducer<>(props, topic.keySerde().serializer(),
          new org.apache.kafka.common.serialization.ByteArraySerializer());
      thread = new Thread(() -> {
        try {
          for (V value : values) {
            producer.send(new ProducerRecord<>(topic.name(), key.apply(value),
                topic.valueSerde().serializer().serialize(topic.name(), value))).get();
            Pause.of(Duration.ofMillis(5));
          }
        } catch (Exception e) {
          failure = e;
        }
      }, "driver");
    }

    void start() {
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      thread.join();
      producer.close();
      if (failure != null) {
        throw new AssertionError("the driver could not publish every input", failure);
      }
    }
  }

  private static Map<String, String> serviceEnv(KafkaBroker broker, Topics topics, Path tmp) {
    Map<String, String> env = new TreeMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
    env.put("NEWSFLOW_TOPICS_PREFIX", topics.prefix());
    env.put("NEWSFLOW_ENRICH_APPLICATION_ID", topics.prefix() + "enrich");
    env.put("NEWSFLOW_SINK_APPLICATION_ID", topics.prefix() + "sink");
    env.put("NEWSFLOW_STREAMS_STATE_DIR", tmp.resolve("state").toString());
    env.put("NEWSFLOW_METRICS_PORT", "0");
    // A killed member is noticed after this, rather than the 45 s default.
    env.put("NEWSFLOW_KAFKA_SESSION_TIMEOUT_MS", "6000");
    env.put("NEWSFLOW_KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
    return env;
  }

  private static int read(TopicFollower follower, Map<String, Integer> seen) {
    return read(follower, seen, ConsumerRecord::key);
  }

  private static int read(TopicFollower follower, Map<String, Integer> seen,
      java.util.function.Function<ConsumerRecord<String, byte[]>, String> id) {
    follower.pollOnce(record -> seen.merge(id.apply(record), 1, Integer::sum));
    return seen.size();
  }

  private static String alertId(ConsumerRecord<String, byte[]> record) {
    return Topics.withPrefix("").alerts().valueSerde().deserializer().deserialize(record.topic(), record.value()).id();
  }

  private static Map<String, Integer> duplicated(Map<String, Integer> seen) {
    return seen.entrySet().stream().filter(e -> e.getValue() > 1).limit(10)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Set<String> expectedAlerts(List<Subscription> subscriptions, List<Article> articles) {
    try (SubscriptionMatcher matcher = new SubscriptionMatcher()) {
      subscriptions.forEach(matcher::put);
      return articles.stream()
          .flatMap(a -> matcher.match(a).stream().map(m -> Alert.idFor(m.subscriptionId(), a.id())))
          .collect(Collectors.toSet());
    }
  }

  /** Document {@code i}: a text of its own, or every tenth an exact copy of the one before. */
  private static RawDocument document(int i) {
    int source = i % COPY_EVERY == COPY_EVERY - 1 ? i - 1 : i;
    return RawDocument.of("doc-" + i, "https://example.org/" + i, RawDocument.TEXT,
        "Article " + source + "\n" + words(source, 80) + ".\n" + words(source + 100_000, 60) + ".");
  }

  private static Article article(int i) {
    return new Article(Article.SCHEMA_VERSION, "article-" + i, "https://example.org/" + i,
        "Article " + i, words(i, 60), "fr", null, null, null, "story-" + i / 3, "example.org", null, 0, null);
  }

  private static String words(int seed, int count) {
    Random random = new Random(seed);
    IntFunction<String> word = n -> WORDS.get(random.nextInt(WORDS.size()));
    return IntStream.range(0, count).mapToObj(word).collect(Collectors.joining(" "));
  }

  private static Properties client(KafkaBroker broker) {
    Properties props = new Properties();
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return props;
  }
}
