package io.newsflow.app.bench;

import io.newsflow.app.Pause;
import io.newsflow.app.Publisher;
import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.model.RawDocument;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Produces the generated stream to a topic from its own thread, as fast as it can or at a set
 * rate, with an idempotent (not transactional) producer as replay uses, keyed by canonical URL
 * like ingest. Each record carries the time it was sent as its timestamp, which the phase
 * subtracts from the time its outputs appear.
 */
final class Feeder {

  private final ArticleStream stream;
  private final Properties client;
  private final String topic;
  private final double rate;
  private final JsonSerde<RawDocument> serde = JsonSerde.of(RawDocument.class);
  private final AtomicLongArray sentAt;
  private final Map<String, Integer> indexes = new ConcurrentHashMap<>();
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Thread thread;
  private final Map<String, Integer> languages = new TreeMap<>();
  private long bytes;
  private long largest;
  private int html;
  private long cpuNanos;
  private volatile long firstSentMillis;

  Feeder(ArticleStream stream, Properties client, String topic, double rate) {
    this.stream = stream;
    this.client = client;
    this.topic = topic;
    this.rate = rate;
    this.sentAt = new AtomicLongArray(stream.size());
    this.thread = new Thread(this::produceAll, "bench-feeder");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void produceAll() {
    try (KafkaProducer<String, byte[]> producer = Publisher.bytesProducer(client)) {
      long start = System.nanoTime();
      for (int i = 0; i < stream.size() && failure.get() == null; i++) {
        pace(start, i);
        send(producer, stream.document(i).raw(), i);
      }
      producer.flush();
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    } finally {
      cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
  }

  private void send(KafkaProducer<String, byte[]> producer, RawDocument document, int index) {
    byte[] value = serde.write(document);
    tally(document, value.length);
    indexes.put(document.id(), index);
    long now = System.currentTimeMillis();
    if (index == 0) {
      firstSentMillis = now;
    }
    sentAt.set(index, now);
    producer.send(new ProducerRecord<>(topic, null, now, document.id(), value), (metadata, error) -> {
      if (error != null) {
        failure.compareAndSet(null, error);
      }
    });
    sent.incrementAndGet();
  }

  private void tally(RawDocument document, int size) {
    bytes += size;
    largest = Math.max(largest, size);
    html += document.isHtml() ? 1 : 0;
    languages.merge(document.languageHint(), 1, Integer::sum);
  }

  private void pace(long start, int index) {
    if (rate <= 0) {
      return;
    }
    long wait = start + (long) (index * 1e9 / rate) - System.nanoTime();
    if (wait > 0) {
      Pause.of(Duration.ofNanos(wait));
    }
  }

  /** Fails with the producer's error, if it had one. */
  void check() {
    Exception error = failure.get();
    if (error != null) {
      throw new IllegalStateException("cannot publish to " + topic + ": " + error.getMessage(), error);
    }
  }

  boolean finished() {
    return !thread.isAlive();
  }

  int sent() {
    return sent.get();
  }

  /** The position of the document with this id in the stream, or -1 if it is not one of them. */
  int indexOf(String id) {
    Integer index = id == null ? null : indexes.get(id);
    return index == null ? -1 : index;
  }

  /** When document {@code index} was sent, in epoch milliseconds. */
  long sentAt(int index) {
    return sentAt.get(index);
  }

  long firstSentMillis() {
    return firstSentMillis;
  }

  /** Waits for the feeder's thread to end and says what it produced. */
  Produced finish() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing", e);
    }
    check();
    return new Produced(sent.get(), bytes, largest, html, sent.get() - html, Map.copyOf(languages), cpuNanos / 1e9);
  }

  /**
   * What a feeder produced.
   *
   * @param bytes size of the serialized RawDocuments
   * @param cpuSeconds CPU time of the feeder's thread: generating, serializing and sending
   */
  record Produced(int documents, long bytes, long largest, int html, int text, Map<String, Integer> languages,
      double cpuSeconds) {}
}
