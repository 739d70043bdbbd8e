package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class ExpiryTest {

  @Test
  void sweepsASliceAtATimeResumingWhereTheLastStoppedAndStartsOverAtTheEnd() {
    KeyValueStore<String, Long> store = store();
    for (long t = 0; t < 12; t++) {
      store.put(String.format(Locale.ROOT, "k%02d", t), t);
    }
    Expiry<String, Long> expiry = new Expiry<>(store, Long::longValue);

    assertEquals(List.of("k00", "k01", "k02", "k03", "k04"), expiry.sweep(6, 5));
    assertEquals(List.of("k05"), expiry.sweep(6, 5));
    assertEquals(List.of(), expiry.sweep(6, 5));
    assertEquals(List.of("k06", "k07"), expiry.sweep(8, 5));
    assertEquals(List.of("k08", "k09", "k10", "k11"), keys(store));
  }

  private static List<String> keys(KeyValueStore<String, Long> store) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = store.all()) {
      all.forEachRemaining((KeyValue<String, Long> entry) -> keys.add(entry.key));
    }
    return keys;
  }

  private static KeyValueStore<String, Long> store() {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "expiry-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    MockProcessorContext<String, Long> context = new MockProcessorContext<>(config);
    KeyValueStore<String, Long> store = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore("expiry-test"), Serdes.String(), Serdes.Long())
        .withLoggingDisabled().withCachingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    return store;
  }
}
