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
 * Bounds a state store to a time window: entries whose last sighting is older than the window
 * before the newest record seen are deleted. The store is swept a slice at a time (at most
 * {@value #SLICE} entries every {@code EVERY} of wall-clock time, resuming where the last slice
 * stopped), so that sweeping a big store never holds the stream thread for long (each task
 * sweeps all its stores at the same moment); a store of a million entries is gone through in
 * under an hour and a half, little next to a window of days.
 */
public final class Expiry<K, V> {

  private static final Duration EVERY = Duration.ofSeconds(5);
  static final int SLICE = 1_000;

  private final KeyValueStore<K, V> store;
  private final ToLongFunction<V> seenAt;
  /** Where the next slice starts; null: at the first key. */
  private K next;

  Expiry(KeyValueStore<K, V> store, ToLongFunction<V> seenAt) {
    this.store = store;
    this.seenAt = seenAt;
  }

  /** Schedules the sweep of {@code store}; {@code seenAt} gives an entry's record time. */
  public static <K, V> void schedule(
      ProcessingContext context, KeyValueStore<K, V> store, Duration window, ToLongFunction<V> seenAt) {
    schedule(context, store, window, seenAt, key -> { });
  }

  /** Schedules the sweep of {@code store}, telling {@code expired} each key it deletes. */
  static <K, V> void schedule(ProcessingContext context, KeyValueStore<K, V> store, Duration window,
      ToLongFunction<V> seenAt, Consumer<K> expired) {
    Expiry<K, V> expiry = new Expiry<>(store, seenAt);
    context.schedule(EVERY, PunctuationType.WALL_CLOCK_TIME,
        now -> expiry.sweep(context.currentStreamTimeMs() - window.toMillis(), SLICE).forEach(expired));
  }

  /** Deletes the entries older than {@code oldest} among the next {@code limit}; returns their keys. */
  List<K> sweep(long oldest, int limit) {
    List<K> expired = new ArrayList<>();
    K resume = null;
    try (KeyValueIterator<K, V> slice = next == null ? store.all() : store.range(next, null)) {
      for (int seen = 0; slice.hasNext(); seen++) {
        KeyValue<K, V> entry = slice.next();
        if (seen == limit) {
          resume = entry.key;
          break;
        }
        if (seenAt.applyAsLong(entry.value) < oldest) {
          expired.add(entry.key);
        }
      }
    }
    next = resume;
    expired.forEach(store::delete);
    return expired;
  }
}
