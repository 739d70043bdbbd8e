package io.newsflow.ingest.poll;

import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.RawDocument;
import io.newsflow.ingest.registry.FeedState;
import io.newsflow.ingest.registry.IngestTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes poll outcomes to Kafka on one thread: each poll's documents and its feed's new state
 * commit in the same transaction, and the polls that finished meanwhile share that commit, so
 * a commit's cost is paid once per batch rather than once per feed.
 */
final class OutcomeWriter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeWriter.class);
  private static final int MAX_BATCH = 500;
  private static final long IDLE_MILLIS = 100;

  /** A finished poll waiting for its commit; {@code committed} learns whether it was written. */
  private record Pending(PollStep.Outcome outcome, Consumer<Boolean> committed) {}

  private final Topics topics;
  private final Topic<String, FeedState> stateTopic;
  private final String transactionalId;
  private final KafkaProducer<String, byte[]> producer;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final Runnable onFenced;
  private volatile boolean open = true;

  OutcomeWriter(Properties client, Topics topics, String transactionalId, Runnable onFenced) {
    this.topics = topics;
    this.stateTopic = IngestTopics.feedState(topics);
    this.transactionalId = transactionalId;
    this.onFenced = onFenced;
    this.producer = transactionalProducer(client, transactionalId);
    producer.initTransactions();
    this.thread = new Thread(this::writeLoop, "ingest-writer");
    thread.start();
  }

  /** Queues a poll's outcome; {@code committed} is called on the writer thread after the commit. */
  void submit(PollStep.Outcome outcome, Consumer<Boolean> committed) {
    if (!open) {
      throw new IllegalStateException("the writer is closed; the poll of " + outcome.state().url() + " is dropped");
    }
    queue.add(new Pending(outcome, committed));
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    try {
      while (open || !queue.isEmpty()) {
        Pending first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        boolean committed = commit(batch);
        batch.forEach(pending -> pending.committed().accept(committed));
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean commit(List<Pending> batch) {
    try {
      producer.beginTransaction();
      batch.forEach(pending -> send(pending.outcome()));
      producer.commitTransaction();
      return true;
    } catch (ProducerFencedException e) {
      LOG.error("Another ingest instance uses transactional id {}; this poller stops", transactionalId, e);
      open = false;
      onFenced.run();
      return false;
    } catch (KafkaException e) {
      LOG.warn("Writing {} polls failed; they are polled again later: {}", batch.size(), e.getMessage());
      producer.abortTransaction();
      return false;
    }
  }

  private void send(PollStep.Outcome outcome) {
    for (RawDocument document : outcome.documents()) {
      producer.send(new ProducerRecord<>(topics.raw().name(), document.id(),
          topics.raw().valueSerde().serializer().serialize(topics.raw().name(), document)));
    }
    FeedState state = outcome.state();
    producer.send(new ProducerRecord<>(stateTopic.name(), state.url(),
        stateTopic.valueSerde().serializer().serialize(stateTopic.name(), state)));
  }

  private static KafkaProducer<String, byte[]> transactionalProducer(Properties client, String transactionalId) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** Writes what is queued (up to {@code drain}), then closes the producer. */
  void close(Duration drain) {
    open = false;
    joinQuietly(drain);
    if (thread.isAlive()) {
      thread.interrupt();
      joinQuietly(Duration.ofSeconds(5));
      LOG.warn("{} polls were not written before the drain deadline; they are polled again at the next start",
          queue.size());
    }
    producer.close(Duration.ofSeconds(10));
  }

  private void joinQuietly(Duration wait) {
    try {
      thread.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(20));
  }
}
