package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
  /** Two ids whose 32-bit references are equal (0x8e14295d). */
  private static final String HOLDER = "https://example.org/news/24424";
  private static final String COLLIDER = "https://example.org/news/58876";

  private MockProcessorContext<String, NearMessage> context;
  private KeyValueStore<String, BandState> store;
  private KeyValueStore<String, BandState> names;
  private BandIndex index;

  @BeforeEach
  void start() {
    context = new MockProcessorContext<>();
    context.setCurrentStreamTimeMs(0);
    store = open(BandIndex.STORE);
    names = open(BandIndex.NAMES);
    index = new BandIndex(WINDOW);
    index.init(context);
  }

  @Test
  void answersTheFirstArticleOfEachBandWithNoCandidate() {
    List<KeyValue<String, NearMessage>> answers = probe("a", FINGERPRINT, T0);

    assertEquals(BandProbe.PROBES_PER_ARTICLE, answers.size());
    answers.forEach(answer -> assertEquals(KeyValue.pair("a", NearMessage.answer(null, NearMessage.NONE)), answer));
  }

  @Test
  void answersANearCopyWithTheEarlierArticleAndTheirDistance() {
    probe("original", FINGERPRINT, T0);
    List<KeyValue<String, NearMessage>> answers = probe("copy", FINGERPRINT ^ 0b1011, T0 + 1000);

    List<KeyValue<String, NearMessage>> named = answers.stream().filter(a -> a.value.candidateId() != null).toList();
    assertEquals(BandProbe.PROBES_PER_ARTICLE, answers.size());
    assertEquals(3, named.size(), "the three tables whose band the copy left alone");
    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 0b1011), named.size());
    named.forEach(a -> assertEquals(KeyValue.pair("copy", NearMessage.answer("original", 3)), a));
  }

  @Test
  void givesOnlyTheDistanceOfAnEarlierArticleTooFarToBeACopy() {
    long far = FINGERPRINT ^ 0xf_ffff_0000L;
    probe("other", far, T0);
    List<KeyValue<String, NearMessage>> answers = probe("article", FINGERPRINT, T0 + 1000);

    List<KeyValue<String, NearMessage>> heard = answers.stream().filter(a -> a.value.distance() != NearMessage.NONE).toList();
    assertEquals(2, heard.size());
    assertEquals(meetings(far, FINGERPRINT), heard.size());
    heard.forEach(a -> assertEquals(KeyValue.pair("article", NearMessage.answer(null, 20)), a));
  }

  @Test
  void tellsALaterCopyWhenTheEarlierOneArrivesAfterIt() {
    probe("later", FINGERPRINT ^ 1, T0 + 1000);
    List<KeyValue<String, NearMessage>> answers = probe("earlier", FINGERPRINT, T0);

    List<KeyValue<String, NearMessage>> notices = answers.stream().filter(a -> a.value.late()).toList();
    assertEquals(BandProbe.TABLES, notices.size());
    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 1), notices.size());
    notices.forEach(n -> assertEquals(KeyValue.pair("later", NearMessage.lateAnswer("earlier", 1)), n));
    answers.stream().filter(a -> !a.value.late())
        .forEach(a -> assertEquals(KeyValue.pair("earlier", NearMessage.answer(null, NearMessage.NONE)), a));
  }

  @Test
  void ordersCopiesOfTheSameInstantById() {
    probe("b", FINGERPRINT ^ 1, T0);
    List<KeyValue<String, NearMessage>> answers = probe("a", FINGERPRINT, T0);

    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 1), answers.stream().filter(a -> a.value.late() && a.key.equals("b")).count());
    assertEquals(BandProbe.PROBES_PER_ARTICLE, answers.stream().filter(a -> a.key.equals("a") && a.value.candidateId() == null).count());
  }

  @Test
  void neverCallsAnArticleSeenAgainACopyOfItself() {
    probe("a", FINGERPRINT, T0);
    List<KeyValue<String, NearMessage>> answers = probe("a", FINGERPRINT ^ 1, T0 + 1000);

    answers.forEach(answer -> assertEquals(KeyValue.pair("a", NearMessage.answer(null, NearMessage.NONE)), answer));
    assertEquals(1, entriesUnder(firstBucket(FINGERPRINT ^ 1)));
  }

  @Test
  void namesTheRightArticleWhenTwoIdsShareAReference() {
    assertEquals(BandState.refOf(HOLDER), BandState.refOf(COLLIDER));
    probe(HOLDER, ~FINGERPRINT, T0);
    probe(COLLIDER, FINGERPRINT, T0 + 1000);
    List<KeyValue<String, NearMessage>> answers = probe("copy", FINGERPRINT ^ 0b11, T0 + 2000);

    answers.stream().filter(a -> a.value.candidateId() != null)
        .forEach(a -> assertEquals(KeyValue.pair("copy", NearMessage.answer(COLLIDER, 2)), a));
    assertEquals(meetings(FINGERPRINT, FINGERPRINT ^ 0b11), answers.stream().filter(a -> a.value.candidateId() != null).count());
    List<KeyValue<String, NearMessage>> again = probe(COLLIDER, FINGERPRINT, T0 + 3000);
    again.forEach(answer -> assertEquals(COLLIDER, answer.key));
    assertNull(again.stream().filter(a -> COLLIDER.equals(a.value.candidateId())).findAny().orElse(null));
  }

  @Test
  void forgetsArticlesOutOfTheWindow() {
    probe("old", FINGERPRINT, T0);
    List<KeyValue<String, NearMessage>> answers = probe("new", FINGERPRINT, T0 + WINDOW.toMillis() + 1);

    answers.forEach(answer -> assertEquals(KeyValue.pair("new", NearMessage.answer(null, NearMessage.NONE)), answer));
  }

  @Test
  void sweepsBandsAndNamesOnceTheWindowHasPassed() {
    probe("old", FINGERPRINT, T0);
    probe("new", ~FINGERPRINT, T0 + WINDOW.toMillis() + 1);
    context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(T0 + WINDOW.toMillis() + 1));

    assertEquals(BandProbe.TABLES, keys(store).size());
    assertEquals(List.of(BandState.nameKey(BandState.refOf("new"))), keys(names));
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
    for (BandProbe probe : BandProbe.of(articleId, fingerprint)) {
      index.process(new Record<>(probe.shardKey(), probe, timestamp));
    }
    return context.forwarded().stream()
        .map(f -> KeyValue.pair((String) f.record().key(), (NearMessage) f.record().value()))
        .toList();
  }

  /** How many probes of {@code b} look in a bucket where {@code a} is filed. */
  private static long meetings(long a, long b) {
    List<BandProbe> filed = BandProbe.of("a", a).stream().filter(BandProbe::home).toList();
    return BandProbe.of("b", b).stream()
        .filter(probe -> IntStream.of(probe.buckets()).anyMatch(bucket -> bucket == filed.get(probe.table()).band()))
        .count();
  }

  /** The store key of the bucket where {@code fingerprint} is filed in table 0. */
  private static String firstBucket(long fingerprint) {
    BandProbe home = BandProbe.of("a", fingerprint).get(0);
    return home.bucketKey(home.band());
  }

  private int entriesUnder(String key) {
    return ((BandState.Entries) store.get(key)).entries().size();
  }
}
