package io.newsflow.core.kafka;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic: its full name, the serdes of its keys and values, and whether it is compacted.
 * Code and tests take names and serdes from here, never from string literals.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
  }
}
