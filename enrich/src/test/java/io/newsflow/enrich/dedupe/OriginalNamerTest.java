package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.enrich.dedupe.ContentDuplicates.Kept;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalNamerTest {

  private static final long T0 = 1_795_000_000_000L;
  private static final int REF = 0xabcd1234;
  private static final String HASH = "abcd1234" + "0".repeat(56);
  private static final String SHARING_REF = "abcd1234" + "f".repeat(56);
  private static final String NEXT_REF = "abcd1235" + "0".repeat(56);

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, NearCopy> copies;
  private TestOutputTopic<String, DuplicateVerdict> verdicts;
  private KeyValueStore<String, Kept> kept;

  @BeforeEach
  void start() {
    Serde<NearCopy> copySerde = JsonSerde.compact(NearCopy.class);
    Serde<DuplicateVerdict> verdictSerde = JsonSerde.compact(DuplicateVerdict.class);
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(StreamsSupport.store(ContentDuplicates.STORE, JsonSerde.compact(Kept.class)));
    builder.stream("copies", Consumed.with(Serdes.String(), copySerde))
        .processValues(OriginalNamer::new, ContentDuplicates.STORE)
        .to("verdicts", Produced.with(Serdes.String(), verdictSerde));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "namer-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(builder.build(), props);
    copies = driver.createInputTopic("copies", Serdes.String().serializer(), copySerde.serializer());
    verdicts = driver.createOutputTopic("verdicts", Serdes.String().deserializer(), verdictSerde.deserializer());
    kept = driver.getKeyValueStore(ContentDuplicates.STORE);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void namesTheArticleKeptForTheOriginalsContent() {
    kept.put(HASH, new Kept("https://example.org/original", T0));
    kept.put(NEXT_REF, new Kept("https://example.org/neighbour", T0 + 1000));

    DuplicateVerdict verdict = name(copy(T0));

    assertEquals(new DuplicateVerdict(DuplicateVerdict.SCHEMA_VERSION, "https://example.org/copy",
        "https://example.org/copy?utm=x", "https://example.org/original", DuplicateVerdict.NEAR, 0.95), verdict);
  }

  @Test
  void ofTwoContentsSharingAReferenceNamesTheOneKeptNearestTheOriginalsTime() {
    kept.put(HASH, new Kept("https://example.org/early", T0));
    kept.put(SHARING_REF, new Kept("https://example.org/late", T0 + 60_000));

    assertEquals("https://example.org/early", name(copy(T0 + 1000)).duplicateOf());
    assertEquals("https://example.org/late", name(copy(T0 + 60_000)).duplicateOf());
  }

  @Test
  void refusesACopyWhoseOriginalHasLeftTheStore() {
    kept.put(NEXT_REF, new Kept("https://example.org/neighbour", T0));

    StreamsException thrown = assertThrows(StreamsException.class, () -> name(copy(T0)));
    assertInstanceOf(IllegalStateException.class, thrown.getCause());
  }

  private static NearCopy copy(long originalTime) {
    return new NearCopy("https://example.org/copy", "https://example.org/copy?utm=x", 0.95, REF, originalTime);
  }

  private DuplicateVerdict name(NearCopy copy) {
    copies.pipeInput(copy.originalKey(), copy);
    return verdicts.readValue();
  }
}
