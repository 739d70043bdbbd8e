package io.newsflow.sink.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.Subscription;
import io.newsflow.core.model.TopicTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscriptionMatcherTest {

  private static final EntityTag MICROSOFT = new EntityTag("org/microsoft", "Microsoft",
      EntityType.ORG, 3, 0.9, List.of("Microsoft Corp.", "MSFT", "Redmond"));
  private static final EntityTag OPENAI = new EntityTag("org/openai", "OpenAI",
      EntityType.ORG, 4, 0.9, List.of("Open AI"));
  private static final EntityTag ALTMAN = new EntityTag("person/sam-altman", "Sam Altman",
      EntityType.PERSON, 1, 0.4, List.of("Altman"));

  private final SubscriptionMatcher matcher = new SubscriptionMatcher();

  private final Article french = article("fr-1", "fr",
      "Le partenariat entre Microsoft et OpenAI au bord de la rupture",
      "Selon le Wall Street Journal, les négociations entre les deux entreprises sont difficiles. "
          + "L'avenir de ChatGPT et le contrôle de l'IA sont en jeu ; Sam Altman envisage une "
          + "action antitrust contre Redmond. Les géants de la technologie rediscutent leurs contrats.",
      List.of(MICROSOFT, OPENAI, ALTMAN), List.of(new TopicTag("economy", "Economy, business and finance", 0.8)),
      "lemonde.fr");
  private final Article english = article("en-1", "en",
      "Microsoft and OpenAI sign a new agreement",
      "The companies said the partnerships would continue. Negotiations over cloud contracts "
          + "ended with a memorandum of understanding.",
      List.of(MICROSOFT, OPENAI), List.of(), "theverge.com");

  @AfterEach
  void close() {
    matcher.close();
  }

  @Test
  void matchesAKeywordInTheTextWhateverItsCaseAndAccents() {
    assertMatches("negociations", french);
    assertMatches("NÉGOCIATIONS", french);
    assertMatches("négociations", french);
    assertNoMatch("négociations", english);
  }

  @Test
  void stripsFrenchElisionsSoThatLOpenAiIsOpenAi() {
    assertMatches("ia", french);
    assertMatches("avenir", french);
    assertMatches("l'avenir", french);
    assertMatches("L’avenir", french);
  }

  @Test
  void foldsFrenchPluralsAndEnglishPluralsInTheirOwnLanguage() {
    assertMatches("négociation", french);
    assertMatches("contrat", french);
    assertMatches("géant", french);
    assertMatches("partnership", english);
    assertMatches("contract", english);
    assertMatches("negotiation", english);
  }

  @Test
  void keepsPrecisionOfShortAndDifferentWords() {
    assertNoMatch("partenaire", french);
    assertNoMatch("negocier", french);
    assertNoMatch("sig", english);
  }

  @Test
  void matchesPhrasesOnlyInOrder() {
    assertMatches("\"wall street journal\"", french);
    assertMatches("\"les négociations entre\"", french);
    assertNoMatch("\"journal street wall\"", french);
    assertNoMatch("\"openai au bord\" AND \"microsoft bord\"", french);
  }

  @Test
  void doesNotJoinThePhraseAcrossTitleAndBody() {
    assertNoMatch("\"rupture selon\"", french);
  }

  @Test
  void matchesTheTitleFieldOnlyInTheTitle() {
    assertMatches("title:partenariat", french);
    assertNoMatch("title:chatgpt", french);
    assertMatches("text:chatgpt", french);
  }

  @Test
  void appliesNotAndParentheses() {
    assertNoMatch("microsoft AND NOT chatgpt", french);
    assertMatches("microsoft AND NOT chatgpt", english);
    assertMatches("(google OR redmond) AND altman", french);
    assertNoMatch("(google OR apple) AND altman", french);
    assertMatches("microsoft -stargate", french);
    assertMatches("openai +microsoft", english);
  }

  @Test
  void usesAndAsTheDefaultOperator() {
    assertMatches("microsoft openai", english);
    assertNoMatch("microsoft google", english);
  }

  @Test
  void matchesEntitiesByIdNameAndAlias() {
    assertMatches("entity:org/microsoft", french);
    assertMatches("entity:\"org/microsoft\"", french);
    assertMatches("entity:Microsoft", french);
    assertMatches("entity:msft", french);
    assertMatches("entity:\"Sam Altman\"", french);
    assertMatches("entity:\"Microsoft Corp.\"", english);
    assertNoMatch("entity:person/sam-altman", english);
    assertNoMatch("entity:org/microsoft-research", english);
    assertNoMatch("entity:org", french);
  }

  @Test
  void matchesTopicLanguageAndSourceAsWholeValues() {
    assertMatches("topic:economy", french);
    assertMatches("topic:\"Economy, business and finance\"", french);
    assertNoMatch("topic:economy", english);
    assertMatches("lang:fr AND openai", french);
    assertNoMatch("lang:fr", english);
    assertMatches("source:lemonde.fr", french);
    assertNoMatch("source:lemonde", french);
  }

  @Test
  void stillOpensARegularExpressionWithASlashAtTheStartOfATerm() {
    assertMatches("entity:/org\\/micro.*/", french);
    assertMatches("/micro.oft/", english);
  }

  @Test
  void saysWhyItMatched() {
    matcher.put(Subscription.of("s1", "entity:org/openai AND (négociations OR google) AND NOT stargate"));
    List<Match> matches = matcher.match(french);
    assertEquals(List.of(new Match("s1", List.of("entity:org/openai", "text:negociation"))), matches);
  }

  @Test
  void returnsEveryMatchingSubscriptionInIdOrder() {
    matcher.put(Subscription.of("b", "openai"));
    matcher.put(Subscription.of("a", "microsoft"));
    matcher.put(Subscription.of("c", "stargate"));
    assertEquals(List.of("a", "b"), ids(matcher.match(english)));
    assertEquals(3, matcher.size());
  }

  @Test
  void replacesAndRemovesSubscriptions() {
    matcher.put(Subscription.of("s", "stargate"));
    assertEquals(List.of(), ids(matcher.match(english)));
    matcher.put(Subscription.of("s", "memorandum"));
    assertEquals(List.of("s"), ids(matcher.match(english)));
    matcher.remove("s");
    assertEquals(List.of(), ids(matcher.match(english)));
    assertEquals(0, matcher.size());
  }

  @Test
  void changesBetweenTwoMatchesCountOnlyInTheirLastState() {
    matcher.put(Subscription.of("gone", "openai"));
    matcher.put(Subscription.of("changed", "stargate"));
    matcher.remove("gone");
    matcher.put(Subscription.of("changed", "memorandum"));
    assertEquals(List.of("changed"), ids(matcher.match(english)));
    assertEquals(1, matcher.size());
  }

  @Test
  void registersManyAtOnceOrNoneWhenOneIsInvalid() {
    matcher.putAll(List.of(Subscription.of("a", "openai"), Subscription.of("b", "agreement")));
    assertEquals(List.of("a", "b"), ids(matcher.match(english)));
    assertThrows(InvalidQueryException.class, () -> matcher.putAll(
        List.of(Subscription.of("c", "openai"), Subscription.of("d", "openai AND ("))));
    assertEquals(List.of("a", "b"), ids(matcher.match(english)));
  }

  @Test
  void rejectsAnUnclosedParenthesisWithItsColumn() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> SubscriptionMatcher.validate("microsoft AND (openai OR google"));
    assertEquals(32, e.column());
    assertTrue(e.getMessage().startsWith("invalid query 'microsoft AND (openai OR google' at column 32: "),
        e.getMessage());
  }

  @Test
  void reportsTheColumnOfTheQueryAsWrittenWhenSlashesWereEscaped() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> SubscriptionMatcher.validate("entity:org/microsoft AND ) openai"));
    assertEquals(26, e.column(), e.getMessage());
  }

  @Test
  void rejectsADanglingOperatorAndAnUnclosedQuote() {
    InvalidQueryException dangling = assertThrows(InvalidQueryException.class,
        () -> SubscriptionMatcher.validate("openai AND"));
    assertEquals(11, dangling.column(), dangling.getMessage());
    InvalidQueryException quote = assertThrows(InvalidQueryException.class,
        () -> SubscriptionMatcher.validate("\"openai microsoft"));
    assertTrue(quote.column() > 0, quote.getMessage());
  }

  @Test
  void rejectsAQueryOfOnlyNotClauses() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> SubscriptionMatcher.validate("NOT stargate"));
    assertTrue(e.getMessage().contains("only NOT clauses"), e.getMessage());
  }

  private void assertMatches(String query, Article article) {
    assertEquals(List.of("q"), matchOne(query, article), query + " should match " + article.id());
  }

  private void assertNoMatch(String query, Article article) {
    assertEquals(List.of(), matchOne(query, article), query + " should not match " + article.id());
  }

  private List<String> matchOne(String query, Article article) {
    matcher.put(Subscription.of("q", query));
    return ids(matcher.match(article));
  }

  private static List<String> ids(List<Match> matches) {
    return matches.stream().map(Match::subscriptionId).toList();
  }

  static Article article(String id, String language, String title, String text,
      List<EntityTag> entities, List<TopicTag> topics, String source) {
    return new Article(Article.SCHEMA_VERSION, id, "https://example.org/" + id, title, text,
        language, Instant.parse("2025-06-01T10:00:00Z"), entities, topics, "story-" + id, source,
        null, 0, "hash-" + id);
  }
}
