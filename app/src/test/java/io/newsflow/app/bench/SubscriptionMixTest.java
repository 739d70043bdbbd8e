package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.Subscription;
import io.newsflow.enrich.entities.KnowledgeBase;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubscriptionMixTest {

  private static final SubscriptionMix MIX = new SubscriptionMix(KnowledgeBase.loadDefault(),
      Stream.of("fr", "en", "es").map(PhraseBank::load).toList());

  @Test
  void givesTheSameSubscriptionsForTheSameSeed() {
    assertEquals(MIX.generate(42, 300), MIX.generate(42, 300));
    assertTrue(!MIX.generate(42, 300).equals(MIX.generate(43, 300)));
  }

  @Test
  void everyQueryIsOneTheSinkAccepts() {
    List<Subscription> subscriptions = MIX.generate(42, 2_000);
    subscriptions.forEach(s -> SubscriptionMatcher.validate(s.query()));
    assertEquals(2_000, subscriptions.stream().map(Subscription::id).collect(Collectors.toSet()).size());
  }

  @Test
  void mixesEntityKeywordPhraseAndBooleanQueriesLikeTheMatcherBenchmark() {
    List<String> queries = MIX.generate(1, 10_000).stream().map(Subscription::query).toList();
    assertShare(0.35, queries.stream().filter(q -> q.matches("entity:\\S+")).count());
    assertShare(0.30, queries.stream().filter(q -> q.matches("[\\p{L}\\p{N}]+")).count());
    assertShare(0.15, queries.stream().filter(q -> q.startsWith("\"")).count());
    assertShare(0.20, queries.stream().filter(q -> q.contains(" AND ")).count());
  }

  @Test
  void drawsEntitiesFromTheKnowledgeBase() {
    Set<String> ids = KnowledgeBase.loadDefault().stream().map(e -> e.id()).collect(Collectors.toSet());
    MIX.generate(3, 500).stream().map(Subscription::query).filter(q -> q.startsWith("entity:"))
        .forEach(q -> assertTrue(ids.contains(q.substring("entity:".length()).split(" ")[0]), q));
  }

  private static void assertShare(double expected, long count) {
    assertTrue(Math.abs(expected - count / 10_000.0) < 0.02, "expected about " + expected + ", got " + count / 10_000.0);
  }
}
