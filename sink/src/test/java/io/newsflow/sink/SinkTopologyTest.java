package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {

  private static final Instant START = Instant.parse("2025-06-01T10:00:00Z");

  private final Topics topics = Topics.withPrefix("test.");
  private final SubscriptionMatcher matcher = new SubscriptionMatcher();
  private TopologyTestDriver driver;
  private TestInputTopic<String, Subscription> subscriptions;
  private TestInputTopic<String, Article> articles;
  private TestOutputTopic<String, Alert> alerts;

  @TempDir
  Path stateDir;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    SinkConfig config = new SinkConfig("sink-test", Duration.ofDays(7), Duration.ofSeconds(1));
    driver = new TopologyTestDriver(SinkTopology.build(config, topics, matcher), props, START);
    subscriptions = driver.createInputTopic(topics.subscriptions().name(),
        topics.subscriptions().keySerde().serializer(), topics.subscriptions().valueSerde().serializer());
    articles = driver.createInputTopic(topics.articles().name(),
        topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
    alerts = driver.createOutputTopic(topics.alerts().name(),
        topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.close();
    }
    matcher.close();
  }

  @Test
  void firstArticleOfAStoryAlertsAndTheSecondIsAnUpdateWithTheCount() {
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe avec Microsoft"));
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI et Microsoft : les détails"));
    articles.pipeInput("a3", article("a3", "story-1", "Microsoft seul"));
    List<Alert> out = alerts.readValuesToList();
    assertEquals(2, out.size());
    assertAlert(out.get(0), "ai", "a1", false, 1);
    assertAlert(out.get(1), "ai", "a2", true, 2);
    assertEquals(List.of("text:openai"), out.get(0).matched());
  }

  @Test
  void keysAlertsBySubscriptionAndCarriesTheArticle() {
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    var record = alerts.readRecord();
    assertEquals("ai", record.key());
    Alert alert = record.value();
    assertEquals(new Alert(Alert.SCHEMA_VERSION, "ai|a1", "ai", "a1", "story-1",
        "https://example.org/a1", "OpenAI signe", List.of("text:openai"), false, 1, "fr",
        START, "example.org"), alert);
  }

  @Test
  void anotherStoryAlertsAfresh() {
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    articles.pipeInput("b1", article("b1", "story-2", "OpenAI recrute"));
    List<Alert> out = alerts.readValuesToList();
    assertAlert(out.get(0), "ai", "a1", false, 1);
    assertAlert(out.get(1), "ai", "b1", false, 1);
  }

  @Test
  void theSameArticleAgainAlertsOnce() {
    subscribe(Subscription.of("ai", "openai"));
    Article first = article("a1", "story-1", "OpenAI signe");
    articles.pipeInput("a1", first);
    articles.pipeInput("a1", first.withRevision(1));
    assertEquals(1, alerts.readValuesToList().size());
  }

  @Test
  void eachSubscriptionHasItsOwnStoryState() {
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    subscribe(Subscription.of("ms", "microsoft"));
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI et Microsoft"));
    List<Alert> out = alerts.readValuesToList();
    assertEquals(3, out.size());
    assertAlert(out.get(1), "ai", "a2", true, 2);
    assertAlert(out.get(2), "ms", "a2", false, 1);
  }

  @Test
  void aRemovedSubscriptionAlertsNoMore() {
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    subscriptions.pipeInput("ai", null);
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI encore"));
    articles.pipeInput("b1", article("b1", "story-2", "OpenAI ailleurs"));
    assertEquals(List.of("a1"), articleIds(alerts.readValuesToList()));
    assertEquals(0, matcher.size());
  }

  @Test
  void anAddedSubscriptionAlertsFromThenOn() {
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI encore"));
    List<Alert> out = alerts.readValuesToList();
    assertEquals(1, out.size());
    assertAlert(out.get(0), "ai", "a2", false, 1);
  }

  @Test
  void aChangedQueryTakesEffect() {
    subscribe(Subscription.of("ai", "openai"));
    subscribe(Subscription.of("ai", "anthropic"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    articles.pipeInput("b1", article("b1", "story-2", "Anthropic signe"));
    assertEquals(List.of("b1"), articleIds(alerts.readValuesToList()));
  }

  @Test
  void anInvalidQueryOnTheTopicIsSkippedAndReplacesTheOldOne() {
    subscribe(Subscription.of("ai", "openai"));
    subscribe(Subscription.of("ai", "openai AND ("));
    subscribe(Subscription.of("ms", "microsoft"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI et Microsoft"));
    List<Alert> out = alerts.readValuesToList();
    assertEquals(List.of("ms"), out.stream().map(Alert::subscriptionId).toList());
  }

  @Test
  void aDigestSendsOneMessagePerStoryAtTheEndOfThePeriod() {
    subscribe(new Subscription(1, "daily", "openai", null, null, Duration.ofHours(1)));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI encore"));
    articles.pipeInput("b1", article("b1", "story-2", "OpenAI ailleurs"));
    articles.pipeInput("a3", article("a3", "story-1", "OpenAI toujours"));
    driver.advanceWallClockTime(Duration.ofMinutes(30));
    assertTrue(alerts.isEmpty());
    driver.advanceWallClockTime(Duration.ofMinutes(30));
    List<Alert> out = alerts.readValuesToList();
    assertEquals(2, out.size());
    assertAlert(out.get(0), "daily", "a1", false, 3);
    assertAlert(out.get(1), "daily", "b1", false, 1);
  }

  @Test
  void aDigestOfALaterPeriodMarksTheStoryAsAnUpdate() {
    subscribe(new Subscription(1, "daily", "openai", null, null, Duration.ofHours(1)));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    driver.advanceWallClockTime(Duration.ofHours(1));
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI encore"));
    driver.advanceWallClockTime(Duration.ofHours(1));
    List<Alert> out = alerts.readValuesToList();
    assertEquals(2, out.size());
    assertAlert(out.get(0), "daily", "a1", false, 1);
    assertAlert(out.get(1), "daily", "a2", true, 2);
  }

  @Test
  void aDigestOfARemovedSubscriptionIsNotSent() {
    subscribe(new Subscription(1, "daily", "openai", null, null, Duration.ofHours(1)));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    subscriptions.pipeInput("daily", null);
    driver.advanceWallClockTime(Duration.ofHours(1));
    assertTrue(alerts.isEmpty());
  }

  @Test
  void forgetsAStoryAfterTheWindowSoItAlertsAfresh() {
    subscribe(Subscription.of("ai", "openai"));
    articles.pipeInput("a1", article("a1", "story-1", "OpenAI signe"));
    driver.advanceWallClockTime(Duration.ofDays(8));
    articles.pipeInput("a2", article("a2", "story-1", "OpenAI revient"));
    List<Alert> out = alerts.readValuesToList();
    assertAlert(out.get(1), "ai", "a2", false, 1);
  }

  private void subscribe(Subscription subscription) {
    subscriptions.pipeInput(subscription.id(), subscription);
  }

  private static void assertAlert(Alert alert, String subscription, String article, boolean update, int count) {
    assertEquals(subscription + "|" + article + " update=" + update + " count=" + count,
        alert.subscriptionId() + "|" + alert.articleId() + " update=" + alert.update()
            + " count=" + alert.storyCount());
  }

  private static List<String> articleIds(List<Alert> alerts) {
    return alerts.stream().map(Alert::articleId).toList();
  }

  private static Article article(String id, String storyId, String title) {
    return new Article(Article.SCHEMA_VERSION, id, "https://example.org/" + id, title, "", "fr",
        START, List.of(), List.of(), storyId, "example.org", null, 0, "hash-" + id);
  }
}
