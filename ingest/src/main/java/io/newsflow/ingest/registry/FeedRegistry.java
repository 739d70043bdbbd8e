package io.newsflow.ingest.registry;

import io.newsflow.core.kafka.Topic;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Feed;
import io.newsflow.ingest.feed.FeedLists;
import io.newsflow.ingest.fetch.CanonicalUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The feed registry over Kafka, for the {@code feeds} commands and {@code run --feeds}: adds,
 * removes and lists feeds in the compacted {@code feeds} topic (key: canonical feed URL), reads
 * their health from {@code feed-state}, imports and exports OPML. A running poller picks every
 * change up without restart. Each write is acknowledged before the method returns.
 */
public final class FeedRegistry implements AutoCloseable {

  private final Properties client;
  private final Topics topics;
  private final Topic<String, FeedState> stateTopic;
  private KafkaProducer<String, Feed> producer;

  /** @param client Kafka client properties (bootstrap servers and any security settings) */
  public FeedRegistry(Properties client, Topics topics) {
    this.client = client;
    this.topics = topics;
    this.stateTopic = IngestTopics.feedState(topics);
  }

  /** The feed's URL in the one spelling the registry keys on; rejects what is not http(s). */
  public static String normaliseUrl(String url) {
    return CanonicalUrl.of(url).orElseThrow(
        () -> new IllegalArgumentException("not an http(s) URL: '" + url + "'"));
  }

  /** Adds or replaces a feed. */
  public Feed add(Feed feed) {
    Feed normalised = normalise(feed);
    send(normalised.url(), normalised);
    return normalised;
  }

  /**
   * Adds the feeds not registered yet (a feed already there keeps its settings).
   *
   * @return the feeds added
   */
  public List<Feed> addMissing(Collection<Feed> feeds) {
    Map<String, Feed> existing = CompactedTopics.readAll(client, topics.feeds());
    List<Feed> added = new ArrayList<>();
    for (Feed feed : feeds) {
      Feed normalised = normalise(feed);
      if (!existing.containsKey(normalised.url())) {
        send(normalised.url(), normalised);
        existing.put(normalised.url(), normalised);
        added.add(normalised);
      }
    }
    return added;
  }

  /** Imports an OPML file or a list of URLs; returns the feeds added (existing ones are kept). */
  public List<Feed> importFile(Path file) {
    return addMissing(FeedLists.read(file));
  }

  /** Removes a feed; true when it was registered. */
  public boolean remove(String url) {
    String key = normaliseUrl(url);
    boolean known = CompactedTopics.readAll(client, topics.feeds()).containsKey(key);
    send(key, null);
    return known;
  }

  /** The registered feeds, by URL. */
  public List<Feed> list() {
    return List.copyOf(CompactedTopics.readAll(client, topics.feeds()).values());
  }

  /** The registered feeds with their health, by URL. */
  public List<FeedStatus> statuses() {
    Map<String, FeedState> states = CompactedTopics.readAll(client, stateTopic);
    return list().stream().map(feed -> new FeedStatus(feed, states.get(feed.url()))).toList();
  }

  /** The registered feeds as an OPML 2.0 document. */
  public String exportOpml() {
    return FeedLists.toOpml(list(), "newsflow feeds");
  }

  private static Feed normalise(Feed feed) {
    String url = normaliseUrl(feed.url());
    return url.equals(feed.url()) ? feed : new Feed(feed.schemaVersion(), url, feed.title(),
        feed.interval(), feed.languageHint(), feed.tags(), feed.enabled());
  }

  private void send(String key, Feed value) {
    try {
      producer().send(new ProducerRecord<>(topics.feeds().name(), key, value)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write " + key + " to " + topics.feeds().name()
          + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing " + key, e);
    }
  }

  private KafkaProducer<String, Feed> producer() {
    if (producer == null) {
      producer = new KafkaProducer<>(client, topics.feeds().keySerde().serializer(),
          topics.feeds().valueSerde().serializer());
    }
    return producer;
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close();
    }
  }
}
