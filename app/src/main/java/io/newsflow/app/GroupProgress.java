package io.newsflow.app;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when a consumer group (a Streams application) has processed given records: its
 * committed offsets have passed them. With exactly-once, whatever it produced from them is then
 * committed too.
 */
public final class GroupProgress {

  private static final Duration POLL = Duration.ofMillis(100);

  private GroupProgress() {}

  /** The offset a group must commit, per partition, to have processed all of {@code records}. */
  static Map<TopicPartition, Long> nextOffsets(Collection<? extends ConsumerRecord<?, ?>> records) {
    Map<TopicPartition, Long> next = new HashMap<>();
    for (ConsumerRecord<?, ?> record : records) {
      next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
    }
    return next;
  }

  /** Waits until {@code group} has committed at least {@code needed} on every partition. */
  public static void awaitCommitted(Admin admin, String group, Map<TopicPartition, Long> needed, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!committed(admin, group, needed)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(group + " did not process its input within "
            + timeout.toSeconds() + " s (see the log)");
      }
      Pause.of(POLL);
    }
  }

  private static boolean committed(Admin admin, String group, Map<TopicPartition, Long> needed) {
    if (needed.isEmpty()) {
      return true;
    }
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      return needed.entrySet().stream().allMatch(e -> {
        OffsetAndMetadata at = offsets.get(e.getKey());
        return at != null && at.offset() >= e.getValue();
      });
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the offsets of " + group + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + group, e);
    }
  }

  /** The internal repartition topics of a Streams application. */
  public static List<String> repartitionTopics(Admin admin, String applicationId) {
    try {
      return admin.listTopics().names().get().stream()
          .filter(name -> name.startsWith(applicationId + "-") && name.endsWith("-repartition"))
          .sorted()
          .toList();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing topics", e);
    }
  }
}
