package io.newsflow.ingest.poll;

import static io.newsflow.ingest.testing.FixtureServer.ok;
import static io.newsflow.ingest.testing.FixtureServer.withEtag;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Feed;
import io.newsflow.core.model.RawDocument;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.registry.FeedRegistry;
import io.newsflow.ingest.registry.FeedState;
import io.newsflow.ingest.registry.FeedStatus;
import io.newsflow.ingest.testing.Feeds;
import io.newsflow.ingest.testing.FixtureServer;
import io.newsflow.ingest.testing.TopicTail;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBroker.class)
class FeedPollerIT {

  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";

  private FixtureServer server;
  private Topics topics;
  private Settings settings;
  private Properties client;
  private FeedRegistry registry;
  private TopicTail<RawDocument> raw;
  private final KafkaBroker broker;

  FeedPollerIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @BeforeEach
  void setUp(TestInfo test) throws Exception {
    server = new FixtureServer();
    topics = Topics.withPrefix(KafkaBroker.uniquePrefix(test.getTestMethod().orElseThrow().getName()));
    broker.createTopics(topics, 1);
    settings = Settings.defaultSettings()
        .with("ingest.allowPrivateNetworks", "true")
        .with("ingest.defaultInterval", "300ms")
        .with("ingest.minInterval", "200ms")
        .with("ingest.maxInterval", "600ms")
        .with("ingest.maxBackoff", "3s")
        .with("ingest.hostDelay", "0ms")
        .with("ingest.requestTimeout", "5s")
        .with("topics.partitions", "1");
    client = IngestApp.clientProperties(settings, broker.bootstrapServers());
    registry = new FeedRegistry(client, topics);
    raw = new TopicTail<>(broker.bootstrapServers(), topics.raw());
  }

  @AfterEach
  void tearDown() {
    raw.close();
    registry.close();
    server.close();
  }

  private FeedPoller startPoller() {
    FeedPoller poller = IngestApp.create(settings, broker.bootstrapServers(), topics);
    poller.start();
    return poller;
  }

  private static Feed feed(String url) {
    return new Feed(Feed.SCHEMA_VERSION, url, null, null, "fr", List.of(), true);
  }

  private List<RawDocument> awaitDocuments(int count) {
    await().atMost(Duration.ofSeconds(30)).until(() -> raw.values().size() >= count);
    return raw.values().stream().sorted(Comparator.comparing(RawDocument::id)).toList();
  }

  @Test
  void producesNewItemsOnceThenPollsConditionally() {
    String url = server.url("/feed.xml");
    server.on("/feed.xml", withEtag("\"v1\"", RSS, Feeds.rss("News", server.url("/a/1?utm_source=rss"), server.url("/a/2"))))
        .on("/a/1", ok(HTML, Feeds.page("One", server.url("/a/one#top"))))
        .on("/a/2", exchange -> FixtureServer.send(exchange, 500, "text/plain", new byte[] {'x'}));
    registry.add(feed(url));
    try (FeedPoller poller = startPoller()) {
      List<RawDocument> documents = awaitDocuments(2);
      await().atMost(Duration.ofSeconds(30)).until(() -> server.requests("/feed.xml").size() >= 4);

      RawDocument fetched = documents.get(1);
      assertEquals(server.url("/a/one"), fetched.id());
      assertEquals(RawDocument.HTML, fetched.contentType());
      assertEquals(Feeds.page("One", server.url("/a/one#top")), fetched.body());
      assertEquals("Item 1", fetched.title());
      assertEquals("Summary of item 1", fetched.summary());
      assertEquals("fr", fetched.languageHint());
      assertEquals(url, fetched.feedUrl());
      assertNull(fetched.fetchError());

      RawDocument unfetched = documents.get(0);
      assertEquals(server.url("/a/2"), unfetched.id());
      assertEquals("HTTP 500", unfetched.fetchError());
      assertEquals("Summary of item 2", unfetched.body());

      List<FixtureServer.Request> polls = server.requests("/feed.xml");
      assertNull(polls.get(0).ifNoneMatch());
      polls.subList(1, polls.size()).forEach(request -> {
        assertEquals("\"v1\"", request.ifNoneMatch());
        assertEquals("Tue, 05 Mar 2024 10:00:00 GMT", request.ifModifiedSince());
      });
      assertEquals(1, server.requests("/a/1").size());
      assertEquals(2, raw.values().size());
      FeedState state = poller.state(url);
      assertEquals(FeedState.NOT_MODIFIED, state.lastOutcome());
      assertEquals(2, state.itemsSeen());
    }
    FeedStatus status = registry.statuses().get(0);
    assertEquals(url, status.feed().url());
    assertEquals("\"v1\"", status.state().etag());
    assertTrue(status.state().healthy());
  }

  @Test
  void doesNotFetchSeenItemsAgainAfterARestart() {
    String url = server.url("/restart.xml");
    server.on("/restart.xml", withEtag("\"v1\"", RSS, Feeds.rss("R", server.url("/r/1"), server.url("/r/2"))))
        .on("/r/1", ok(HTML, Feeds.page("R1", null)))
        .on("/r/2", ok(HTML, Feeds.page("R2", null)))
        .on("/r/3", ok(HTML, Feeds.page("R3", null)));
    registry.add(feed(url));
    try (FeedPoller first = startPoller()) {
      awaitDocuments(2);
    }
    int pollsBefore = server.requests("/restart.xml").size();
    server.on("/restart.xml", withEtag("\"v2\"", RSS,
        Feeds.rss("R", server.url("/r/3"), server.url("/r/1"), server.url("/r/2"))));
    try (FeedPoller second = startPoller()) {
      List<RawDocument> documents = awaitDocuments(3);
      assertEquals(List.of(server.url("/r/1"), server.url("/r/2"), server.url("/r/3")),
          documents.stream().map(RawDocument::id).toList());
      assertEquals("\"v1\"", server.requests("/restart.xml").get(pollsBefore).ifNoneMatch());
      assertEquals(1, server.requests("/r/1").size());
      assertEquals(1, server.requests("/r/2").size());
      assertEquals(1, server.requests("/r/3").size());
    }
  }

  @Test
  void pollsAFeedAddedWhileRunning() {
    server.on("/late.xml", ok(RSS, Feeds.rss("Late", server.url("/l/1"))))
        .on("/l/1", ok(HTML, Feeds.page("L1", null)));
    try (FeedPoller poller = startPoller()) {
      assertEquals(0, poller.status().feeds());
      registry.add(feed(server.url("/late.xml")));
      assertEquals(server.url("/l/1"), awaitDocuments(1).get(0).id());
      assertEquals(1, poller.status().feeds());
    }
  }

  @Test
  void waitsAsLongAsRetryAfterAsks() {
    AtomicInteger calls = new AtomicInteger();
    FixtureServer.Handler feed = ok(RSS, Feeds.rss("Busy", server.url("/b/1")));
    server.on("/busy.xml", exchange -> {
      if (calls.getAndIncrement() == 0) {
        exchange.getResponseHeaders().set("Retry-After", "2");
        FixtureServer.send(exchange, 429, "text/plain", new byte[] {'x'});
      } else {
        feed.handle(exchange);
      }
    }).on("/b/1", ok(HTML, Feeds.page("B1", null)));
    registry.add(feed(server.url("/busy.xml")));
    try (FeedPoller poller = startPoller()) {
      awaitDocuments(1);
      List<FixtureServer.Request> requests = server.requests("/busy.xml");
      Duration gap = Duration.between(requests.get(0).at(), requests.get(1).at());
      assertTrue(gap.compareTo(Duration.ofSeconds(2)) >= 0, "second request after " + gap);
      assertTrue(poller.state(server.url("/busy.xml")).healthy());
    }
  }

  @Test
  void backsOffAFailingFeedAndRecovers() {
    AtomicInteger calls = new AtomicInteger();
    FixtureServer.Handler feed = ok(RSS, Feeds.rss("Flaky", server.url("/f/1")));
    server.on("/flaky.xml", exchange -> {
      if (calls.getAndIncrement() < 3) {
        FixtureServer.send(exchange, 503, "text/plain", new byte[] {'x'});
      } else {
        feed.handle(exchange);
      }
    }).on("/f/1", ok(HTML, Feeds.page("F1", null)));
    String url = server.url("/flaky.xml");
    registry.add(feed(url));
    try (FeedPoller poller = startPoller()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> poller.state(url) != null && poller.state(url).errorCount() == 2);
      assertEquals("HTTP 503", poller.state(url).lastError());
      assertEquals(FeedState.ERROR, poller.state(url).lastOutcome());
      awaitDocuments(1);
      List<FixtureServer.Request> requests = server.requests("/flaky.xml");
      Duration first = Duration.between(requests.get(0).at(), requests.get(1).at());
      Duration second = Duration.between(requests.get(1).at(), requests.get(2).at());
      assertTrue(second.compareTo(first) > 0, "backoff grows: " + first + " then " + second);
      await().atMost(Duration.ofSeconds(30)).until(() -> poller.state(url).healthy());
      assertNull(poller.state(url).lastError());
    }
  }
}
