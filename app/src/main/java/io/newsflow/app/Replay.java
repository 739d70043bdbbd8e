package io.newsflow.app;

import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Subscription;
import io.newsflow.ingest.replay.CorpusFile;
import io.newsflow.ingest.replay.CorpusReader;
import io.newsflow.sink.files.TopicFollower;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a folder through the whole pipeline in one namespace: publishes the subscriptions,
 * starts enrich and sink, publishes every file in name order (a bad file as a dead letter),
 * waits until each has an outcome and the sink has matched every article, and returns what
 * the output topics received.
 */
final class Replay {

  private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
  /** How long a replay waits without any new outcome before it gives up. */
  private static final Duration STALL = Duration.ofSeconds(120);
  private static final String STAGE = "ingest";

  private final Cluster cluster;
  private final Namespace namespace;
  private final Topics topics;
  private final PrintStream progress;
  private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

  Replay(Cluster cluster, Namespace namespace, PrintStream progress) {
    this.cluster = cluster;
    this.namespace = namespace;
    this.topics = namespace.topics();
    this.progress = progress;
  }

  /** What the replay published and what came out, in the order it was read. */
  record Result(List<String> documentIds, List<ConsumerRecord<String, byte[]>> outcomes,
      List<ConsumerRecord<String, byte[]>> alerts) {}

  Result run(List<Path> files, List<Subscription> subscriptions, double ratePerSecond) {
    Properties client = cluster.clientProperties();
    List<String> outcomeTopics = List.of(
        topics.articles().name(), topics.duplicates().name(), topics.deadLetters().name());
    try (TopicFollower outcomes = TopicFollower.fromEnd(client, outcomeTopics);
        TopicFollower alerts = TopicFollower.fromEnd(client, List.of(topics.alerts().name()));
        KafkaProducer<String, byte[]> producer = Publisher.bytesProducer(client)) {
      Publisher.publish(client, topics.subscriptions(), subscriptions, Subscription::id);
      try (Pipeline pipeline = Pipeline.start(namespace.settings(), cluster.bootstrapServers(), topics)) {
        LOG.info("Pipeline running; publishing {} files", files.size());
        List<String> ids = publish(producer, files, ratePerSecond);
        List<ConsumerRecord<String, byte[]>> out = awaitOutcomes(outcomes, ids);
        LOG.info("Every document has an outcome; waiting for the sink");
        awaitSink(client, out);
        LOG.info("Sink done");
        List<ConsumerRecord<String, byte[]>> raised = new ArrayList<>();
        alerts.readUntil(alerts.endOffsets(), raised::add);
        return new Result(ids, out, raised);
      }
    }
  }

  private List<String> publish(KafkaProducer<String, byte[]> producer, List<Path> files, double rate) {
    List<String> ids = new ArrayList<>();
    long start = System.nanoTime();
    for (Path path : files) {
      pace(start, ids.size(), rate);
      CorpusFile file = CorpusReader.read(path);
      if (file.ok()) {
        send(producer, topics.raw(), file.document().id(), file.document());
        ids.add(file.document().id());
      } else {
        progress.println("newsflow replay: " + path + ": " + file.error() + " (sent to dead letters)");
        send(producer, new ProducerRecord<>(topics.deadLetters().name(), null, file.name(), file.bytes(),
            DeadLetters.describe(new RecordHeaders(), STAGE, path + ": " + file.error())));
        ids.add(file.name());
      }
    }
    producer.flush();
    if (sendFailure.get() != null) {
      throw new IllegalStateException("cannot publish to " + topics.raw().name() + ": "
          + sendFailure.get().getMessage(), sendFailure.get());
    }
    return ids;
  }

  private List<ConsumerRecord<String, byte[]>> awaitOutcomes(TopicFollower follower, List<String> ids) {
    Set<String> waiting = new LinkedHashSet<>(ids);
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    long lastProgress = System.nanoTime();
    while (!waiting.isEmpty()) {
      int before = waiting.size();
      follower.pollOnce(record -> {
        out.add(record);
        waiting.remove(record.key());
      });
      if (waiting.size() < before) {
        lastProgress = System.nanoTime();
        showProgress(ids.size() - waiting.size(), ids.size());
      } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
        throw new IllegalStateException("no outcome for " + waiting.size() + " document(s) after "
            + STALL.toSeconds() + " s, first " + waiting.iterator().next() + " (see the log)");
      }
    }
    return out;
  }

  /** Waits until the sink has matched every article and committed the alerts they raised. */
  private void awaitSink(Properties client, List<ConsumerRecord<String, byte[]>> outcomes) {
    String sink = namespace.sinkApplicationId();
    List<ConsumerRecord<String, byte[]>> articles = outcomes.stream()
        .filter(r -> r.topic().equals(topics.articles().name())).toList();
    try (Admin admin = Admin.create(client)) {
      GroupProgress.awaitCommitted(admin, sink, GroupProgress.nextOffsets(articles), STALL);
      List<String> internal = GroupProgress.repartitionTopics(admin, sink);
      if (internal.isEmpty()) {
        return;
      }
      List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
      try (TopicFollower follower = new TopicFollower(client, internal)) {
        follower.readUntil(follower.endOffsets(), matched::add);
      }
      GroupProgress.awaitCommitted(admin, sink, GroupProgress.nextOffsets(matched), STALL);
    }
  }

  private void showProgress(int done, int total) {
    if (System.console() != null) {
      progress.print("\rreplay: " + done + "/" + total + " documents have an outcome" + (done == total ? "\n" : ""));
      progress.flush();
    }
  }

  private static void pace(long start, int sent, double rate) {
    if (rate <= 0) {
      return;
    }
    long due = start + (long) (sent * 1e9 / rate);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      Pause.of(Duration.ofNanos(wait));
    }
  }

  private <V> void send(KafkaProducer<String, byte[]> producer, Topic<String, V> topic, String key, V value) {
    byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
    send(producer, new ProducerRecord<>(topic.name(), key, bytes));
  }

  private void send(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record) {
    producer.send(record, (metadata, error) -> {
      if (error != null) {
        sendFailure.compareAndSet(null, error);
      }
    });
  }
}
