package io.newsflow.app;

import io.newsflow.core.kafka.Topic;
import io.newsflow.sink.files.TopicFollower;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The current content of a compacted topic: the last value of every key, tombstones removed. */
final class TopicTable {

  private TopicTable() {}

  static <V> Map<String, V> read(Properties client, Topic<String, V> topic) {
    Map<String, V> table = new TreeMap<>();
    try (TopicFollower follower = new TopicFollower(client, List.of(topic.name()))) {
      follower.readUntil(follower.endOffsets(), record -> {
        if (record.value() == null) {
          table.remove(record.key());
        } else {
          table.put(record.key(), topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
        }
      });
    }
    return table;
  }
}
