package io.newsflow.sink;

import io.newsflow.core.model.Subscription;
import io.newsflow.sink.match.SubscriptionMatcher;
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
 * and what the store already holds is registered when the processor starts (the matcher batches
 * registrations into one update of its index). An
 * invalid query (which {@code subscriptions add} rejects, but anyone may write to the topic) is
 * logged and skipped.
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
      all.forEachRemaining(entry -> register(entry.value));
    }
    LOG.info("{} subscriptions registered from the store", matcher.size());
  }

  @Override
  public void process(Record<String, Subscription> record) {
    if (record.value() == null) {
      store.delete(record.key());
      matcher.remove(record.key());
      LOG.info("Subscription {} removed", record.key());
    } else {
      store.put(record.key(), record.value());
      if (register(record.value())) {
        LOG.info("Subscription {} registered: {}", record.key(), record.value().query());
      }
    }
  }

  /** Whether the subscription was registered: an invalid one is logged and dropped. */
  private boolean register(Subscription subscription) {
    try {
      matcher.put(subscription);
      return true;
    } catch (IllegalArgumentException e) {
      matcher.remove(subscription.id());
      LOG.warn("Subscription {} ignored: {}", subscription.id(), e.getMessage());
      return false;
    }
  }
}
