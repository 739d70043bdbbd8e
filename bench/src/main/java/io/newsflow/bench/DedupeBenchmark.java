package io.newsflow.bench;

import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.enrich.dedupe.BandIndex;
import io.newsflow.enrich.dedupe.BandProbe;
import io.newsflow.enrich.dedupe.BandState;
import io.newsflow.enrich.dedupe.NearDuplicateJudge;
import io.newsflow.enrich.dedupe.NearMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Near-duplicate detection as it runs in enrich: the real {@link BandIndex} processor over a real
 * in-memory store built like the topology's (same builder, same value serde; changelog off, as
 * there is no broker), holding a week's window of
 * {@code documents} fingerprints. One operation is one document: its 12 probes into the 4 band
 * tables, each looking in its buckets and answering, the home probes filing the document. The
 * window keeps sliding while it runs (each new document is a window's share of time later), so
 * the stores stay at about {@code documents} documents. The setup prints the state's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DedupeBenchmark {

  private static final Duration WINDOW = Duration.ofDays(7);
  private static final long START = 1_795_000_000_000L;
  private static final long SEED = 0x6e657773L;

  /** Documents in the window before measuring. */
  @Param("1000000")
  public int documents;

  /** Share of documents that are near copies (1 to 6 bits changed) of an earlier one. */
  @Param("0.1")
  public double nearShare;

  private KeyValueStore<String, BandState> buckets;
  private MockProcessorContext<String, NearMessage> context;
  private BandIndex index;
  private ArticleStream stream;

  @Setup(Level.Trial)
  public void fill() {
    context = new MockProcessorContext<>(config());
    stream = new ArticleStream(documents, nearShare);
    long heapBefore = heapAfterGc();
    buckets = StreamsSupport.memoryStore(BandIndex.STORE, BandIndex.serde()).withLoggingDisabled().build();
    buckets.init(context.getStateStoreContext(), buckets);
    context.addStateStore(buckets);
    index = new BandIndex(WINDOW);
    index.init(context);
    long started = System.nanoTime();
    int found = 0;
    for (int i = 0; i < documents; i++) {
      boolean near = stream.next();
      found += dedupe() && near ? 1 : 0;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    report(found, seconds, heapAfterGc() - heapBefore);
  }

  /** Prints the fill and the state's size: the serialized keys and values, and the heap the
   * buckets hold. */
  private void report(int found, double seconds, long heap) {
    long live = liveBytes(buckets);
    // JMH shows the fork's standard output next to the results: this is the benchmark's report.
    System.out.printf(Locale.ROOT, "%nfilled %,d documents in %.1f s (%d of %d near copies found); "
            + "%.1f bytes of keys and values per document; heap held by the buckets after GC %,d bytes = "
            + "%.1f bytes per document%n",
        documents, seconds, found, stream.nearCopies(), (double) live / documents, heap, (double) heap / documents);
  }

  private static long heapAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  @TearDown(Level.Trial)
  public void close() {
    buckets.close();
  }

  /** One document: its probes, their answers and the store's updates; returns whether a band
   * named a near copy. */
  @Benchmark
  public boolean dedupeOneDocument() {
    stream.next();
    return dedupe();
  }

  private boolean dedupe() {
    context.setCurrentStreamTimeMs(stream.timestamp());
    for (BandProbe probe : BandProbe.of(stream.id(), stream.ref(), stream.fingerprint())) {
      index.process(new Record<>(probe.shardKey(), probe, stream.timestamp()));
    }
    return nearAnswers() > 0;
  }

  /** How many of the forwarded answers named a near copy; forgets them. */
  private int nearAnswers() {
    int near = 0;
    for (MockProcessorContext.CapturedForward<? extends String, ? extends NearMessage> answer : context.forwarded()) {
      NearMessage message = answer.record().value();
      near += message.distance() <= NearDuplicateJudge.MAX_DISTANCE && !message.late() ? 1 : 0;
    }
    context.resetForwards();
    return near;
  }

  /** The serialized keys and values {@code store} holds. */
  private static long liveBytes(KeyValueStore<String, BandState> store) {
    long keys = 0;
    long bytes = 0;
    Serializer<BandState> values = BandIndex.serde().serializer();
    try (KeyValueIterator<String, BandState> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, BandState> entry = all.next();
        keys++;
        bytes += entry.key.getBytes(StandardCharsets.UTF_8).length + values.serialize(store.name(), entry.value).length;
      }
    }
    System.out.printf(Locale.ROOT, "%n%s: %,d keys, %,d bytes%n", store.name(), keys, bytes);
    return bytes;
  }

  private static Properties config() {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedupe-bench");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    return config;
  }

  /** The generated article stream, fixed seed: random fingerprints, some near copies of a
   * document still in the window, URL-like ids, random content references (as the first 32 bits
   * of a content hash are), a window's share of time between two. */
  static final class ArticleStream {

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final long[] recent;
    private final double nearShare;
    private long count;
    private long nearCopies;
    private long fingerprint;
    private int ref;

    ArticleStream(int window, double nearShare) {
      this.recent = new long[window];
      this.nearShare = nearShare;
    }

    /** Moves to the next document; true when it is a near copy. */
    boolean next() {
      boolean near = count > 0 && random.nextDouble() < nearShare;
      fingerprint = near ? nearCopy() : random.nextLong();
      ref = random.nextInt();
      recent[(int) (count % recent.length)] = fingerprint;
      count++;
      nearCopies += near ? 1 : 0;
      return near;
    }

    private long nearCopy() {
      long original = recent[(int) (random.nextLong(Math.min(count, recent.length)))];
      int flips = 1 + random.nextInt(6);
      for (int i = 0; i < flips; i++) {
        original ^= 1L << random.nextInt(Long.SIZE);
      }
      return original;
    }

    long fingerprint() {
      return fingerprint;
    }

    String id() {
      return id(count);
    }

    int ref() {
      return ref;
    }

    long timestamp() {
      return timestamp(count, recent.length);
    }

    static String id(long number) {
      return String.format(Locale.ROOT, "https://www.example-news.com/world/2026/11/article-%08d.html", number);
    }

    /** The record time of the {@code number}th document when {@code window} documents span
     * the window. */
    static long timestamp(long number, int window) {
      return START + number * (WINDOW.toMillis() / window);
    }

    long nearCopies() {
      return nearCopies;
    }
  }
}
