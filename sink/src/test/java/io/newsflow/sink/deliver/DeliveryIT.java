package io.newsflow.sink.deliver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import io.newsflow.sink.SinkApp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBroker.class)
class DeliveryIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final DeliveryConfig FAST = new DeliveryConfig("delivery", Duration.ofSeconds(2), 4,
      Duration.ofMillis(50), Duration.ofMillis(200));

  private final List<AutoCloseable> open = new ArrayList<>();
  /** What the receiver accepted, by idempotency key (a redelivery is counted, not stored twice). */
  private final Map<String, Integer> accepted = new ConcurrentHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @Test
  void deliversEveryAlertOnceThroughAFlakyWebhookAndAFile(KafkaBroker broker, @TempDir Path dir) throws IOException {
    Topics topics = topics(broker, "flaky");
    String hook = receiver(3);
    Path file = dir.resolve("out/ai.jsonl");
    produce(broker, topics.subscriptions(), "ai",
        new Subscription(1, "ai", "openai", hook, file.toString(), null));
    startSink(broker, topics, dir);
    DeliveryService delivery = new DeliveryService(config("flaky"), clientProps(broker), topics);
    open.add(delivery);
    delivery.start();
    List<String> expected = new ArrayList<>();
    for (int story = 0; story < 8; story++) {
      for (int n = 0; n < 2; n++) {
        String id = "s" + story + "-" + n;
        produce(broker, topics.articles(), id, article(id, "story-" + story, "OpenAI, épisode " + id));
        expected.add("ai|" + id);
      }
    }
    produce(broker, topics.articles(), "other", article("other", "story-x", "Rien à voir"));
    await().atMost(PATIENCE).until(() -> accepted.size() == expected.size());
    assertEquals(new TreeSet<>(expected), new TreeSet<>(accepted.keySet()));
    assertTrue(accepted.values().stream().allMatch(n -> n == 1), accepted.toString());
    assertEquals(expected.size() + 3, calls.size());
    await().atMost(PATIENCE).until(() -> lines(file).size() == expected.size());
    assertEquals(new TreeSet<>(expected), new TreeSet<>(lines(file)));
  }

  @Test
  void aRestartedDeliveryDoesNotSendCommittedAlertsAgain(KafkaBroker broker, @TempDir Path dir) throws IOException {
    Topics topics = topics(broker, "restart");
    String hook = receiver(0);
    produce(broker, topics.subscriptions(), "ai", new Subscription(1, "ai", "openai", hook, null, null));
    produce(broker, topics.alerts(), "ai", alert("ai", "a1"));
    DeliveryConfig config = config("restart");
    try (DeliveryService first = new DeliveryService(config, clientProps(broker), topics)) {
      first.start();
      await().atMost(PATIENCE).until(() -> accepted.containsKey("ai|a1"));
    }
    DeliveryService second = new DeliveryService(config, clientProps(broker), topics);
    open.add(second);
    second.start();
    produce(broker, topics.alerts(), "ai", alert("ai", "a2"));
    await().atMost(PATIENCE).until(() -> accepted.containsKey("ai|a2"));
    assertEquals(Map.of("ai|a1", 1, "ai|a2", 1), Map.copyOf(accepted));
    assertEquals(2, calls.size());
  }

  @Test
  void aReceiverDownForGoodEndsInDeadLetters(KafkaBroker broker) throws IOException {
    Topics topics = topics(broker, "down");
    String hook = receiver(Integer.MAX_VALUE);
    produce(broker, topics.subscriptions(), "ai", new Subscription(1, "ai", "openai", hook, null, null));
    produce(broker, topics.alerts(), "ai", alert("ai", "a1"));
    produce(broker, topics.alerts(), "ai", alert("ai", "a2"));
    DeliveryService delivery = new DeliveryService(config("down"), clientProps(broker), topics);
    open.add(delivery);
    delivery.start();
    List<ConsumerRecord<String, byte[]>> dead = readDeadLetters(broker, topics, 2);
    assertEquals(List.of("ai|a1", "ai|a2"), dead.stream().map(r -> Alert.class.cast(
        topics.alerts().valueSerde().deserializer().deserialize("", r.value())).id()).sorted().toList());
    ConsumerRecord<String, byte[]> first = dead.get(0);
    assertEquals("ai", first.key());
    assertEquals(DeliveryService.STAGE, DeadLetters.header(first.headers(), DeadLetters.STAGE));
    assertEquals("webhook " + hook + " failed 4 time(s), last: HTTP 503",
        DeadLetters.header(first.headers(), DeadLetters.ERROR));
    assertEquals(topics.alerts().name(), DeadLetters.header(first.headers(), DeadLetters.SOURCE_TOPIC));
    assertEquals(8, calls.size());
    assertTrue(accepted.isEmpty());
  }

  private DeliveryConfig config(String name) {
    return new DeliveryConfig("delivery-" + name + "-" + System.nanoTime(), FAST.webhookTimeout(),
        FAST.webhookAttempts(), FAST.backoff(), FAST.maxBackoff());
  }

  private Topics topics(KafkaBroker broker, String name) {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix("delivery-" + name));
    broker.createTopics(topics, 2);
    return topics;
  }

  private void startSink(KafkaBroker broker, Topics topics, Path dir) {
    Settings settings = Settings.defaultSettings()
        .with("sink.applicationId", topics.prefix() + "sink")
        .with("streams.stateDir", dir.resolve("state").toString());
    KafkaStreams streams = SinkApp.create(settings, broker.bootstrapServers(), topics);
    open.add(streams::close);
    streams.start();
  }

  /** A webhook receiver on loopback that answers 503 to its first {@code failures} calls. */
  private String receiver(int failures) throws IOException {
    AtomicInteger count = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String key = exchange.getRequestHeaders().getFirst(WebhookDelivery.IDEMPOTENCY_KEY);
      calls.add(key);
      boolean fail = count.incrementAndGet() <= failures;
      if (!fail) {
        accepted.merge(key, 1, Integer::sum);
      }
      exchange.sendResponseHeaders(fail ? 503 : 204, -1);
      exchange.close();
    });
    server.start();
    open.add(() -> server.stop(0));
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private static Properties clientProps(KafkaBroker broker) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return props;
  }

  private static <V> void produce(KafkaBroker broker, Topic<String, V> topic, String key, V value) {
    Properties props = clientProps(broker);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(props,
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot produce to " + topic.name(), e);
    }
  }

  private static List<ConsumerRecord<String, byte[]>> readDeadLetters(KafkaBroker broker, Topics topics, int expected) {
    Properties props = clientProps(broker);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, topics.prefix() + "reader");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topics.deadLetters().name()));
      await().atMost(PATIENCE).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= expected;
      });
    }
    return records;
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    var serde = io.newsflow.core.kafka.JsonSerde.of(Alert.class);
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> serde.read(l.getBytes(StandardCharsets.UTF_8)).id()).collect(Collectors.toList());
  }

  private static Alert alert(String subscription, String articleId) {
    return new Alert(1, null, subscription, articleId, "story-1", "https://example.org/" + articleId,
        "OpenAI", List.of("text:openai"), false, 1, "fr", Instant.parse("2025-06-01T10:00:00Z"), "example.org");
  }

  private static Article article(String id, String storyId, String title) {
    return new Article(Article.SCHEMA_VERSION, id, "https://example.org/" + id, title, "", "fr",
        Instant.parse("2025-06-01T10:00:00Z"), List.of(), List.of(), storyId, "example.org", null, 0, "h" + id);
  }
}
