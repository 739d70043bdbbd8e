package io.newsflow.ingest;

import io.newsflow.core.config.Settings;
import io.newsflow.ingest.fetch.FetchConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * The ingest service's settings (keys {@code ingest.*} of newsflow-defaults.properties).
 *
 * @param fetch limits of every request
 * @param defaultInterval first interval of a feed without its own
 * @param minInterval shortest adaptive interval
 * @param maxInterval longest adaptive interval of a healthy feed
 * @param maxBackoff longest wait between polls of a failing feed
 * @param concurrency requests at once, all hosts together
 * @param perHostConcurrency requests at once to one host
 * @param hostDelay minimum time between the starts of two requests to one host
 * @param seenPerFeed item ids remembered per feed
 * @param maxItemsPerPoll new items turned into documents per poll
 * @param fetchPages whether to fetch each new item's page
 * @param transactionalId transactional id of the producer (before the topic prefix)
 * @param partitions partitions of the topics ingest creates
 * @param replication replication factor of the topics ingest creates
 */
public record IngestConfig(
    FetchConfig fetch,
    Duration defaultInterval,
    Duration minInterval,
    Duration maxInterval,
    Duration maxBackoff,
    int concurrency,
    int perHostConcurrency,
    Duration hostDelay,
    int seenPerFeed,
    int maxItemsPerPoll,
    boolean fetchPages,
    String transactionalId,
    int partitions,
    short replication) {

  public IngestConfig {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(transactionalId, "transactionalId");
    requirePositive("ingest.defaultInterval", defaultInterval);
    requirePositive("ingest.minInterval", minInterval);
    requirePositive("ingest.maxBackoff", maxBackoff);
    if (maxInterval.compareTo(minInterval) < 0) {
      throw new IllegalArgumentException("ingest.maxInterval must not be shorter than ingest.minInterval");
    }
    if (concurrency < 1 || perHostConcurrency < 1 || seenPerFeed < 1 || maxItemsPerPoll < 1 || partitions < 1) {
      throw new IllegalArgumentException(
          "ingest.concurrency, perHostConcurrency, seenPerFeed, maxItemsPerPoll and topics.partitions must be at least 1");
    }
  }

  public static IngestConfig from(Settings settings) {
    FetchConfig fetch = new FetchConfig(
        settings.getBoolean("ingest.allowPrivateNetworks"),
        settings.getDuration("ingest.connectTimeout"),
        settings.getDuration("ingest.requestTimeout"),
        settings.getInt("ingest.maxResponseBytes"),
        settings.getInt("ingest.maxRedirects"),
        settings.get("ingest.userAgent"));
    return new IngestConfig(fetch,
        settings.getDuration("ingest.defaultInterval"),
        settings.getDuration("ingest.minInterval"),
        settings.getDuration("ingest.maxInterval"),
        settings.getDuration("ingest.maxBackoff"),
        settings.getInt("ingest.concurrency"),
        settings.getInt("ingest.perHostConcurrency"),
        settings.getDuration("ingest.hostDelay"),
        settings.getInt("ingest.seenPerFeed"),
        settings.getInt("ingest.maxItemsPerPoll"),
        settings.getBoolean("ingest.fetchPages"),
        settings.get("ingest.transactionalId"),
        settings.getInt("topics.partitions"),
        (short) settings.getInt("topics.replicationFactor"));
  }

  private static void requirePositive(String key, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(key + " must be positive: " + value);
    }
  }
}
