package io.newsflow.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.TopicTag;
import io.newsflow.enrich.entities.EntityTagger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped taxonomy on French and English fixtures written for newsflow. */
class TopicClassifierTest {

  private static final TopicClassifier TOPICS = TopicClassifier.loadDefault();
  private static final EntityTagger ENTITIES = EntityTagger.withDefaultBase();

  private static Map<String, Double> classify(String title, String text) {
    List<EntityTag> entities = ENTITIES.tag(title, text);
    return TOPICS.classify(title, text, entities).stream().collect(Collectors.toMap(TopicTag::id, TopicTag::score));
  }

  @Test
  void shipsBetweenTwentyAndFortyTopics() {
    assertTrue(TOPICS.size() >= 20 && TOPICS.size() <= 40, () -> "topics: " + TOPICS.size());
  }

  @Test
  void findsAiAndAntitrustInAFrenchArticle() {
    Map<String, Double> topics = classify("OpenAI envisage une plainte antitrust contre Microsoft",
        "La start-up d'IA accuse Microsoft de pratiques anticoncurrentielles et veut saisir la FTC. "
            + "L'intelligence artificielle générale reste au cœur du partenariat.");
    assertTrue(topics.containsKey("ai"), topics::toString);
    assertTrue(topics.containsKey("competition-antitrust"), topics::toString);
  }

  @Test
  void findsSportAndWeatherInEnglish() {
    assertTrue(classify("PSG win the Champions League", "The players celebrated the title after the match.").containsKey("sport"));
    assertTrue(classify("Storm hits the coast", "Floods and a hurricane forced thousands to leave.").containsKey("weather-disasters"));
  }

  @Test
  void givesEveryRecognisableArticleATopic() {
    assertFalse(classify("", "Le gouvernement présente son budget.").isEmpty());
    assertEquals(Map.of(), classify("", "Zzz qqq."));
  }

  @Test
  void scoresMoreEvidenceHigher() {
    double weak = classify("", "Un modèle d'IA.").get("ai");
    double strong = classify("L'IA générative", "OpenAI et Anthropic publient un grand modèle de langage ; ChatGPT domine l'IA.").get("ai");
    assertTrue(strong > weak && strong <= 1.0, () -> weak + " vs " + strong);
  }
}
