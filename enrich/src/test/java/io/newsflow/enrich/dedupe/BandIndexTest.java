package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BandIndexTest {

  private static final Duration WINDOW = Duration.ofDays(7);
  private static final long T0 = 1_795_000_000_000L;
  private static final long FINGERPRINT = 0x9f1c_2b3a_4d5e_6f70L;

  private MockProcessorContext<String, NearMessage> context;
  private KeyValueStore<String, BandState> store;
  private BandIndex index;

  @BeforeEach
  void start() {
    context = new MockProcessorContext<>();
    context.setCurrentStreamTimeMs(0);
    store = open(BandIndex.STORE);
    index = new BandIndex(WINDOW);
    index.init(context);
  }

  @Test
  void answersTheFirstArticleOfEachBandWithNothingFound() {
    List<KeyValue<String, NearMessage>> answers = probe("a", FINGERPRINT, T0);

    assertEquals(BandProbe.PROBES_PER_ARTICLE, answers.size());
    answers.forEach(answer -> assertEquals(KeyValue.pair("a", NearMessage.nothingFound()), answer));
  }

  @Test
  void answersANearCopyWithTheEarlierArticlesReferenceTimeAndDistance() {
    probe("original", FINGERPRINT, T0);
    List<KeyValue<String, NearMessage>> answers = probe("copy", FINGERPRINT ^ 0b1011, T0 + 1000);

    List<KeyValue<String, NearMessage>> found = answers.stream().filter(a -> a.value.distance() != NearMessage.NONE).toList();
    assertEquals(BandProbe.PROBES_PER_ARTICLE, answers.size());
    assertEquals(3, found.size(), "the three tables whose band the copy left alone");
    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 0b1011), found.size());
    found.forEach(a -> assertEquals(KeyValue.pair("copy", NearMessage.answer(3, ref("original"), T0)), a));
  }

  @Test
  void answersWithTheDistanceOfAnEarlierArticleTooFarToBeACopy() {
    long far = FINGERPRINT ^ 0xf_ffff_0000L;
    probe("other", far, T0);
    List<KeyValue<String, NearMessage>> answers = probe("article", FINGERPRINT, T0 + 1000);

    List<KeyValue<String, NearMessage>> heard = answers.stream().filter(a -> a.value.distance() != NearMessage.NONE).toList();
    assertEquals(2, heard.size());
    assertEquals(meetings(far, FINGERPRINT), heard.size());
    heard.forEach(a -> assertEquals(KeyValue.pair("article", NearMessage.answer(20, ref("other"), T0)), a));
  }

  @Test
  void tellsALaterCopyWhenTheEarlierOneArrivesAfterIt() {
    probe("later", FINGERPRINT ^ 1, T0 + 1000);
    List<KeyValue<String, NearMessage>> answers = probe("earlier", FINGERPRINT, T0);

    List<KeyValue<String, NearMessage>> notices = answers.stream().filter(a -> a.value.late()).toList();
    assertEquals(BandProbe.TABLES, notices.size());
    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 1), notices.size());
    notices.forEach(n -> assertEquals(KeyValue.pair("later", NearMessage.lateAnswer(1, ref("earlier"), T0)), n));
    answers.stream().filter(a -> !a.value.late())
        .forEach(a -> assertEquals(KeyValue.pair("earlier", NearMessage.nothingFound()), a));
  }

  @Test
  void sendsNoLateNoticeToAnArticleFiledBeforeARestart() {
    probe("later", FINGERPRINT ^ 1, T0 + 1000);
    index = new BandIndex(WINDOW);
    index.init(context);
    List<KeyValue<String, NearMessage>> answers = probe("earlier", FINGERPRINT, T0);

    answers.forEach(a -> assertEquals(KeyValue.pair("earlier", NearMessage.nothingFound()), a));
  }

  @Test
  void ordersCopiesOfTheSameInstantByReference() {
    assertTrue(Integer.compareUnsigned(ref("a"), ref("b")) < 0);
    probe("b", FINGERPRINT ^ 1, T0);
    List<KeyValue<String, NearMessage>> answers = probe("a", FINGERPRINT, T0);

    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 1), answers.stream().filter(a -> a.value.late() && a.key.equals("b")).count());
    assertEquals(BandProbe.PROBES_PER_ARTICLE, answers.stream()
        .filter(a -> a.key.equals("a") && a.value.distance() == NearMessage.NONE).count());
  }

  @Test
  void neverCallsAContentSeenAgainACopyOfItself() {
    probe("a", FINGERPRINT, T0);
    List<KeyValue<String, NearMessage>> answers = probe("a", FINGERPRINT ^ 1, T0 + 1000);

    answers.forEach(answer -> assertEquals(KeyValue.pair("a", NearMessage.nothingFound()), answer));
    assertEquals(1, entriesUnder(firstBucket(FINGERPRINT ^ 1)));
  }

  @Test
  void forgetsArticlesOutOfTheWindow() {
    probe("old", FINGERPRINT, T0);
    List<KeyValue<String, NearMessage>> answers = probe("new", FINGERPRINT, T0 + WINDOW.toMillis() + 1);

    answers.forEach(answer -> assertEquals(KeyValue.pair("new", NearMessage.nothingFound()), answer));
  }

  @Test
  void sweepsBucketsOnceTheWindowHasPassed() {
    probe("old", FINGERPRINT, T0);
    probe("new", ~FINGERPRINT, T0 + WINDOW.toMillis() + 1);
    context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(T0 + WINDOW.toMillis() + 1));

    assertEquals(BandProbe.TABLES, keys(store).size());
  }

  /** The content reference the tests give an article: its id's hash code. */
  private static int ref(String articleId) {
    return articleId.hashCode();
  }

  private static List<String> keys(KeyValueStore<String, BandState> kept) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, BandState> all = kept.all()) {
      all.forEachRemaining(entry -> keys.add(entry.key));
    }
    return keys;
  }

  private KeyValueStore<String, BandState> open(String name) {
    KeyValueStore<String, BandState> opened = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(name), Serdes.String(), BandIndex.serde()).withLoggingDisabled().build();
    opened.init(context.getStateStoreContext(), opened);
    context.addStateStore(opened);
    return opened;
  }

  private List<KeyValue<String, NearMessage>> probe(String articleId, long fingerprint, long timestamp) {
    context.resetForwards();
    context.setCurrentStreamTimeMs(Math.max(context.currentStreamTimeMs(), timestamp));
    for (BandProbe probe : BandProbe.of(articleId, ref(articleId), fingerprint)) {
      index.process(new Record<>(probe.shardKey(), probe, timestamp));
    }
    return context.forwarded().stream()
        .map(f -> KeyValue.pair((String) f.record().key(), (NearMessage) f.record().value()))
        .toList();
  }

  /** How many probes of {@code b} look in a bucket where {@code a} is filed. */
  private static long meetings(long a, long b) {
    List<BandProbe> filed = BandProbe.of("a", 1, a).stream().filter(BandProbe::home).toList();
    return BandProbe.of("b", 2, b).stream()
        .filter(probe -> IntStream.of(probe.buckets()).anyMatch(bucket -> bucket == filed.get(probe.table()).band()))
        .count();
  }

  /** The store key of the bucket where {@code fingerprint} is filed in table 0. */
  private static String firstBucket(long fingerprint) {
    BandProbe home = BandProbe.of("a", 1, fingerprint).get(0);
    return home.bucketKey(home.band());
  }

  private int entriesUnder(String key) {
    return store.get(key).entries().size();
  }
}
