package io.newsflow.enrich.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Bounds a state store to a time window: every few minutes of wall-clock time, entries whose
 * last sighting is older than the window before the newest record seen are deleted.
 */
public final class Expiry {

  private static final Duration EVERY = Duration.ofMinutes(5);

  private Expiry() {}

  /** Schedules the sweep of {@code store}; {@code seenAt} gives an entry's record time. */
  public static <K, V> void schedule(
      ProcessingContext context, KeyValueStore<K, V> store, Duration window, ToLongFunction<V> seenAt) {
    schedule(context, store, window, seenAt, key -> { });
  }

  /** Schedules the sweep of {@code store}, telling {@code expired} each key it deletes. */
  static <K, V> void schedule(ProcessingContext context, KeyValueStore<K, V> store, Duration window,
      ToLongFunction<V> seenAt, Consumer<K> expired) {
    context.schedule(EVERY, PunctuationType.WALL_CLOCK_TIME,
        now -> sweep(store, context.currentStreamTimeMs() - window.toMillis(), seenAt).forEach(expired));
  }

  static <K, V> List<K> sweep(KeyValueStore<K, V> store, long oldest, ToLongFunction<V> seenAt) {
    List<K> expired = new ArrayList<>();
    try (KeyValueIterator<K, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<K, V> entry = all.next();
        if (seenAt.applyAsLong(entry.value) < oldest) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(store::delete);
    return expired;
  }
}
