package io.newsflow.sink.deliver;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Subscription;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CommitFailedException;
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
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the {@code alerts} topic to where each subscription wants it: its JSON Lines file and
 * its webhook. At least once: offsets are committed only after every alert of a poll is delivered
 * or dead-lettered, and the alert id travels as the idempotency key (files drop an id they hold;
 * webhooks get it in a header). An alert whose webhook keeps failing goes to {@code dead-letters}
 * with its original bytes, the reason and its source offset, so that it can be redriven into
 * {@code alerts}. Alerts of removed subscriptions and of subscriptions without a file or webhook
 * are passed over (the terminal follows the topic itself).
 */
public final class DeliveryService implements AutoCloseable {

  static final String STAGE = "deliver-webhook";
  static final String FILE_STAGE = "deliver-file";
  static final String READ_STAGE = "deliver";
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final JsonSerde<Alert> ALERTS = JsonSerde.of(Alert.class);

  private final Topics topics;
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> deadLetters;
  private final SubscriptionDirectory directory;
  private final WebhookDelivery webhooks;
  private final FileDelivery files = new FileDelivery();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  public DeliveryService(DeliveryConfig config, Properties clientProps, Topics topics) {
    this.topics = topics;
    this.consumer = new KafkaConsumer<>(consumerProps(config, clientProps),
        new StringDeserializer(), new ByteArrayDeserializer());
    this.deadLetters = new KafkaProducer<>(producerProps(clientProps),
        new StringSerializer(), new ByteArraySerializer());
    this.directory = new SubscriptionDirectory(clientProps, topics.subscriptions());
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(config.webhookTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.webhooks = new WebhookDelivery(client, config);
  }

  /** The service against {@code bootstrapServers}, configured from {@code settings}. */
  public static DeliveryService create(Settings settings, String bootstrapServers, Topics topics) {
    Properties props = settings.kafkaProperties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return new DeliveryService(DeliveryConfig.from(settings), props, topics);
  }

  /** Runs {@link #run()} on a new thread named {@code delivery}, and returns it. */
  public Thread start() {
    Thread thread = new Thread(this::run, "delivery");
    thread.start();
    return thread;
  }

  /** Delivers until {@link #close()}; returns when stopped. */
  public void run() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("the delivery service runs once");
    }
    try {
      consumer.subscribe(List.of(topics.alerts().name()));
      directory.catchUp();
      while (running.get()) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        if (!records.isEmpty()) {
          deliverAll(records);
        }
      }
    } finally {
      closeClients();
      stopped.countDown();
    }
  }

  /** Delivers the records in order and commits those handled, all of them unless stopping. */
  private void deliverAll(ConsumerRecords<String, byte[]> records) {
    directory.refresh();
    consumer.pause(consumer.assignment());
    Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    try {
      for (ConsumerRecord<String, byte[]> record : records) {
        if (!running.get() || !deliver(record)) {
          break;
        }
        handled.put(new TopicPartition(record.topic(), record.partition()),
            new OffsetAndMetadata(record.offset() + 1));
      }
      deadLetters.flush();
      consumer.commitSync(handled);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.warn("Delivered alerts not committed ({}); they will be delivered again", e.getMessage());
    } finally {
      consumer.resume(consumer.paused());
    }
  }

  /** Delivers one alert everywhere it goes; false when stopped before it was done. */
  private boolean deliver(ConsumerRecord<String, byte[]> record) {
    Alert alert;
    try {
      alert = ALERTS.read(record.value());
    } catch (RuntimeException e) {
      deadLetter(record, READ_STAGE, "unreadable alert: " + DeadLetters.reason(e));
      return true;
    }
    Subscription subscription = subscriptionOf(alert.subscriptionId());
    if (subscription == null) {
      LOG.debug("Alert {} passed over: subscription {} is gone", alert.id(), alert.subscriptionId());
      return true;
    }
    if (subscription.file() != null && !subscription.file().isBlank()) {
      toFile(record, subscription, alert);
    }
    if (subscription.webhook() != null && !subscription.webhook().isBlank()) {
      return toWebhook(record, subscription, alert);
    }
    return true;
  }

  private Subscription subscriptionOf(String id) {
    Subscription subscription = directory.get(id);
    if (subscription == null) {
      directory.catchUp();
      subscription = directory.get(id);
    }
    return subscription;
  }

  private void toFile(ConsumerRecord<String, byte[]> record, Subscription subscription, Alert alert) {
    try {
      files.append(Path.of(subscription.file()), alert, record.value());
    } catch (RuntimeException e) {
      deadLetter(record, FILE_STAGE, DeadLetters.reason(e));
    }
  }

  private boolean toWebhook(ConsumerRecord<String, byte[]> record, Subscription subscription, Alert alert) {
    URI url;
    try {
      url = URI.create(subscription.webhook());
    } catch (IllegalArgumentException e) {
      deadLetter(record, STAGE, "not a webhook URL: " + subscription.webhook());
      return true;
    }
    WebhookDelivery.Outcome outcome = webhooks.deliver(url, alert.id(), record.value(), this::keepAlive);
    if (outcome.failure() != null) {
      deadLetter(record, STAGE, outcome.failure());
    }
    return outcome.done();
  }

  /**
   * Waits while staying in the consumer group: polls the paused consumer; records of partitions
   * assigned meanwhile (not paused) are put back by seeking to them, to be read in turn.
   */
  private boolean keepAlive(Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    long left;
    while ((left = end - System.nanoTime()) > 0) {
      if (!running.get()) {
        return false;
      }
      consumer.pause(consumer.assignment());
      ConsumerRecords<String, byte[]> early = consumer.poll(Duration.ofNanos(Math.min(left, POLL.toNanos())));
      Map<TopicPartition, Long> firsts = new HashMap<>();
      early.forEach(r -> firsts.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min));
      firsts.forEach(consumer::seek);
    }
    return running.get();
  }

  private void deadLetter(ConsumerRecord<String, byte[]> record, String stage, String reason) {
    LOG.warn("Alert at {}-{}@{} to dead letters: {}", record.topic(), record.partition(), record.offset(), reason);
    RecordHeaders headers = new RecordHeaders();
    DeadLetters.describe(headers, stage, reason);
    DeadLetters.source(headers, record.topic(), record.partition(), record.offset());
    deadLetters.send(new ProducerRecord<>(topics.deadLetters().name(), null, record.key(), record.value(), headers));
  }

  /**
   * Stops delivering and waits until the clients are closed: the alert being posted finishes,
   * what was handled is committed, and an alert waiting for a retry is left to the next run.
   */
  @Override
  public void close() {
    running.set(false);
    if (started.compareAndSet(false, true)) {
      closeClients();
      return;
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeClients() {
    directory.close();
    deadLetters.close();
    consumer.close();
  }

  private static Properties consumerProps(DeliveryConfig config, Properties clientProps) {
    Properties props = new Properties();
    props.putAll(clientProps);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
    props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
    return props;
  }

  private static Properties producerProps(Properties clientProps) {
    Properties props = new Properties();
    clientProps.forEach((k, v) -> {
      if (!k.toString().startsWith("group.") && !k.toString().startsWith("isolation.")) {
        props.put(k, v);
      }
    });
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return props;
  }
}
