package io.newsflow.enrich;

import io.newsflow.core.model.KnowledgeEntity;
import io.newsflow.enrich.entities.EntityTagger;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the entity tagger in step with the compacted {@code entities} topic: every addition,
 * override or tombstone reaches the tagger as it arrives, and what the global store already
 * holds is applied when the processor starts, so operator changes need no restart.
 */
final class KnowledgeBaseUpdates implements Processor<String, KnowledgeEntity, Void, Void> {

  static final String STORE = "knowledge-base";

  private final EntityTagger tagger;
  private KeyValueStore<String, KnowledgeEntity> store;

  KnowledgeBaseUpdates(EntityTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(STORE);
    try (KeyValueIterator<String, KnowledgeEntity> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, KnowledgeEntity> entry = all.next();
        tagger.put(entry.value);
      }
    }
  }

  @Override
  public void process(Record<String, KnowledgeEntity> record) {
    if (record.value() == null) {
      store.delete(record.key());
      tagger.remove(record.key());
    } else {
      store.put(record.key(), record.value());
      tagger.put(record.value());
    }
  }
}
