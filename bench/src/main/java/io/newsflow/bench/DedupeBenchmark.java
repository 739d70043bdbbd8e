package io.newsflow.bench;

import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.enrich.dedupe.BandIndex;
import io.newsflow.enrich.dedupe.BandProbe;
import io.newsflow.enrich.dedupe.BandState;
import io.newsflow.enrich.dedupe.ContentDuplicates;
import io.newsflow.enrich.dedupe.ContentDuplicates.Kept;
import io.newsflow.enrich.dedupe.NearCopy;
import io.newsflow.enrich.dedupe.NearDuplicateJudge;
import io.newsflow.enrich.dedupe.NearMessage;
import io.newsflow.enrich.dedupe.OriginalNamer;
import io.newsflow.enrich.dedupe.SimHash;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
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
 * in-memory store, and the exact-duplicate store in RocksDB, built like the topology's (same
 * builders, same value serdes; changelog off, as there is no broker), holding a week's window of
 * {@code documents} fingerprints. One operation is one document: its content filed in the
 * exact-duplicate store, its 12 probes into the 4 band tables, each looking in its buckets and
 * answering, the home probes filing the document, and when it is a near copy, its original named
 * from the exact-duplicate store ({@link OriginalNamer#originalOf}). The
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

  private Path stateDir;
  private KeyValueStore<String, BandState> buckets;
  private KeyValueStore<String, Kept> contents;
  private MockProcessorContext<String, NearMessage> context;
  private BandIndex index;
  private ArticleStream stream;

  @Setup(Level.Trial)
  public void fill() throws IOException {
    stateDir = Files.createTempDirectory("dedupe-bench");
    context = new MockProcessorContext<>(config(), new TaskId(0, 0), stateDir.toFile());
    stream = new ArticleStream(documents, nearShare);
    long heapBefore = heapAfterGc();
    buckets = open(StreamsSupport.memoryStore(BandIndex.STORE, BandIndex.serde()));
    // No record cache: it needs a live task's record context, and without it every write
    // reaches RocksDB, which makes the figures an upper bound.
    contents = open(StreamsSupport.store(ContentDuplicates.STORE, JsonSerde.compact(Kept.class)).withCachingDisabled());
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

  private <V> KeyValueStore<String, V> open(StoreBuilder<KeyValueStore<String, V>> builder) {
    KeyValueStore<String, V> store = builder.withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  /** Prints the fill and the state's size: the serialized keys and values of the buckets (the
   * near-duplicate index's whole state) and of the exact-duplicate store (which the exact path
   * keeps anyway), and the heap held after GC. */
  private void report(int found, double seconds, long heap) {
    long index = liveBytes(buckets, BandIndex.serde().serializer());
    long exact = liveBytes(contents, JsonSerde.compact(Kept.class).serializer());
    // JMH shows the fork's standard output next to the results: this is the benchmark's report.
    System.out.printf(Locale.ROOT, "%nfilled %,d documents in %.1f s (%d of %d near copies found and their "
            + "original named); index %.1f bytes of keys and values per document; exact-duplicate store %.1f "
            + "bytes per document; heap held after GC %,d bytes = %.1f bytes per document%n",
        documents, seconds, found, stream.nearCopies(), (double) index / documents, (double) exact / documents,
        heap, (double) heap / documents);
  }

  private static long heapAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    buckets.close();
    contents.close();
    try (Stream<Path> files = Files.walk(stateDir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  /** One document: its content filed, its probes, their answers and the index's updates, and the
   * naming of its original; returns whether it was found to be a near copy and its original
   * named. */
  @Benchmark
  public boolean dedupeOneDocument() {
    stream.next();
    return dedupe();
  }

  private boolean dedupe() {
    context.setCurrentStreamTimeMs(stream.timestamp());
    contents.put(stream.contentHash(), new Kept(stream.id(), stream.timestamp()));
    for (BandProbe probe : BandProbe.of(stream.id(), stream.ref(), stream.fingerprint())) {
      index.process(new Record<>(probe.shardKey(), probe, stream.timestamp()));
    }
    NearMessage closest = closestAnswer();
    if (closest == null || closest.distance() > NearDuplicateJudge.MAX_DISTANCE) {
      return false;
    }
    NearCopy copy = new NearCopy(stream.id(), stream.id(), SimHash.similarity(closest.distance()),
        closest.originalRef(), closest.originalTime());
    Kept original = OriginalNamer.originalOf(copy, contents);
    return original != null && ArticleStream.timestamp(ArticleStream.number(original.articleId()), documents)
        == closest.originalTime();
  }

  /** The closest of the forwarded answers (late notices aside); forgets them. */
  private NearMessage closestAnswer() {
    NearMessage closest = null;
    for (MockProcessorContext.CapturedForward<? extends String, ? extends NearMessage> answer : context.forwarded()) {
      NearMessage message = answer.record().value();
      if (!message.late() && (closest == null || message.distance() < closest.distance())) {
        closest = message;
      }
    }
    context.resetForwards();
    return closest;
  }

  /** The serialized keys and values {@code store} holds. */
  private static <V> long liveBytes(KeyValueStore<String, V> store, Serializer<V> values) {
    long keys = 0;
    long bytes = 0;
    try (KeyValueIterator<String, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, V> entry = all.next();
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

    private static final String ID = "https://www.example-news.com/world/2026/11/article-%08d.html";

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final long[] recent;
    private final double nearShare;
    private long count;
    private long nearCopies;
    private long fingerprint;
    private int ref;
    private String contentHash;

    ArticleStream(int window, double nearShare) {
      this.recent = new long[window];
      this.nearShare = nearShare;
    }

    /** Moves to the next document; true when it is a near copy. */
    boolean next() {
      boolean near = count > 0 && random.nextDouble() < nearShare;
      fingerprint = near ? nearCopy() : random.nextLong();
      ref = random.nextInt();
      HexFormat hex = HexFormat.of();
      contentHash = hex.toHexDigits(ref) + hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong())
          + hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextInt());
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

    /** A random content hash that starts with the reference, as a SHA-256 in hex does. */
    String contentHash() {
      return contentHash;
    }

    long timestamp() {
      return timestamp(count, recent.length);
    }

    static String id(long number) {
      return String.format(Locale.ROOT, ID, number);
    }

    /** The number of the document whose id is {@code id}. */
    static long number(String id) {
      return Long.parseLong(id.substring(ID.indexOf('%'), id.length() - ".html".length()));
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
