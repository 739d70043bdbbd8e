package io.newsflow.sink;

import io.newsflow.core.model.Subscription;
import io.newsflow.sink.match.SubscriptionMatcher;
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
 * and what the store already holds is registered when the processor starts.
 */
final class SubscriptionUpdates implements Processor<String, Subscription, Void, Void> {

  static final String STORE = "subscriptions";
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionUpdates.class);

  private final SubscriptionMatcher matcher;
  private KeyValueStore<String, Subscription> store;

  SubscriptionUpdates(SubscriptionMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(STORE);
    try (KeyValueIterator<String, Subscription> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, Subscription> entry = all.next();
        register(entry.value);
      }
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
      LOG.warn("Subscription {} ignored: {}", subscription.id(), e.getMessage());
    }
  }
}
