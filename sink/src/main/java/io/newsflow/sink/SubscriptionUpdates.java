package io.newsflow.sink;

import io.newsflow.core.model.Subscription;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the matcher in step with the compacted {@code subscriptions} topic, on every instance
 * (a global store): additions and changes are registered as they arrive, tombstones remove,
 * and what the store already holds is registered in batches when the processor starts. An
 * invalid query (which {@code subscriptions add} rejects, but anyone may write to the topic) is
 * logged and skipped.
 */
final class SubscriptionUpdates implements Processor<String, Subscription, Void, Void> {

  static final String STORE = "subscriptions";
  private static final int BATCH = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionUpdates.class);

  private final SubscriptionMatcher matcher;
  private KeyValueStore<String, Subscription> store;

  SubscriptionUpdates(SubscriptionMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(STORE);
    List<Subscription> batch = new ArrayList<>();
    try (KeyValueIterator<String, Subscription> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, Subscription> entry = all.next();
        batch.add(entry.value);
        if (batch.size() == BATCH) {
          registerAll(batch);
          batch.clear();
        }
      }
    }
    registerAll(batch);
    LOG.info("{} subscriptions registered from the store", matcher.size());
  }

  /** One update of the query index for the batch, or one by one when one of them is invalid. */
  private void registerAll(List<Subscription> batch) {
    try {
      matcher.putAll(batch);
    } catch (IllegalArgumentException e) {
      batch.forEach(this::register);
    }
  }

  @Override
  public void process(Record<String, Subscription> record) {
    if (record.value() == null) {
      store.delete(record.key());
      matcher.remove(record.key());
      LOG.info("Subscription {} removed", record.key());
    } else {
      store.put(record.key(), record.value());
      register(record.value());
    }
  }

  private void register(Subscription subscription) {
    try {
      matcher.put(subscription);
      LOG.info("Subscription {} registered: {}", subscription.id(), subscription.query());
    } catch (IllegalArgumentException e) {
      matcher.remove(subscription.id());
      LOG.warn("Subscription {} ignored: {}", subscription.id(), e.getMessage());
    }
  }
}
