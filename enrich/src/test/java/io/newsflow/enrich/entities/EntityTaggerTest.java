package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Linking and discovery on small French and English fixtures written for newsflow. */
class EntityTaggerTest {

  private static final List<KnowledgeEntity> BASE = List.of(
      new KnowledgeEntity("org/openai", null, EntityType.ORG, "OpenAI", List.of()),
      new KnowledgeEntity("org/microsoft", "Q2283", EntityType.ORG, "Microsoft", List.of("~Redmond@org/microsoft")),
      new KnowledgeEntity("product/chatgpt", null, EntityType.PRODUCT, "ChatGPT", List.of()),
      new KnowledgeEntity("org/ftc", null, EntityType.ORG, "Federal Trade Commission", List.of("FTC")),
      new KnowledgeEntity("org/wsj", null, EntityType.ORG, "The Wall Street Journal", List.of("Wall Street Journal", "WSJ")),
      new KnowledgeEntity("person/sam-altman", null, EntityType.PERSON, "Sam Altman", List.of()),
      new KnowledgeEntity("person/boris-johnson", null, EntityType.PERSON, "Boris Johnson", List.of()),
      new KnowledgeEntity("person/mike-johnson", null, EntityType.PERSON, "Mike Johnson", List.of()),
      new KnowledgeEntity("place/jordan", null, EntityType.PLACE, "Jordanie", List.of("Jordan")),
      new KnowledgeEntity("person/michael-jordan", null, EntityType.PERSON, "Michael Jordan", List.of()),
      new KnowledgeEntity("org/apple", null, EntityType.ORG, "Apple", List.of()),
      new KnowledgeEntity("org/l-usine-digitale", null, EntityType.ORG, "L'Usine Digitale", List.of()));

  private final EntityTagger tagger = new EntityTagger(BASE);

  private Map<String, EntityTag> tag(String title, String text) {
    return tagger.tag(title, text).stream().collect(Collectors.toMap(EntityTag::id, t -> t));
  }

  @Test
  void linksAliasesAcronymsAndCaseVariants() {
    Map<String, EntityTag> tags = tag("", "Selon le WSJ, la FTC enquête. ChatGpt et CHATGPT restent en tête.");
    assertEquals(List.of("org/ftc", "org/wsj", "product/chatgpt"), tags.keySet().stream().sorted().toList());
    assertEquals(2, tags.get("product/chatgpt").mentions());
  }

  @Test
  void linksThroughFrenchElisionAndTypographicApostrophes() {
    Map<String, EntityTag> tags = tag("", "La valeur d’OpenAI grimpe, l'approbation de Microsoft reste nécessaire.");
    assertTrue(tags.containsKey("org/openai"));
    assertTrue(tags.containsKey("org/microsoft"));
  }

  @Test
  void needsCapitalsForAcronymsAndCapitalisedNames() {
    assertTrue(tag("", "an apple a day; the ftc of a word").isEmpty());
  }

  @Test
  void resolvesShortFormsOnlyInContext() {
    assertEquals(Map.of(), tag("", "Redmond is a quiet city."));
    Map<String, EntityTag> tags = tag("", "Microsoft a investi. Redmond n'a pas l'intention de céder.");
    assertEquals(2, tags.get("org/microsoft").mentions());
    assertEquals(2, tag("", "Sam Altman a parlé. Altman envisage une action.").get("person/sam-altman").mentions());
  }

  @Test
  void leavesASharedSurnameUnlinkedWithoutItsFullName() {
    assertTrue(tag("", "Johnson spoke to reporters.").isEmpty());
    Map<String, EntityTag> tags = tag("", "Boris Johnson spoke first. Later Johnson left.");
    assertEquals(2, tags.get("person/boris-johnson").mentions());
    assertFalse(tags.containsKey("person/mike-johnson"));
  }

  @Test
  void resolvesAnAmbiguousNameByTheOtherSignalsOfTheArticle() {
    assertEquals(EntityType.PLACE, tag("", "The king of Jordan met ministers.").get("place/jordan").type());
    Map<String, EntityTag> tags = tag("", "Michael Jordan retired. Jordan won six titles.");
    assertEquals(2, tags.get("person/michael-jordan").mentions());
    assertFalse(tags.containsKey("place/jordan"));
  }

  @Test
  void prefersTheLongestName() {
    Map<String, EntityTag> tags = tag("", "The Wall Street Journal reported it.");
    assertEquals(List.of("org/wsj"), List.copyOf(tags.keySet()));
  }

  @Test
  void splitsWordsGluedByLostMarkup() {
    assertTrue(tag("", "En collaboration avec MicrosoftOpenAI a lancé un projet.").containsKey("org/openai"));
  }

  @Test
  void discoversUnknownNamesWithParticlesAndGuessesTheirType() {
    Map<String, EntityTag> tags = tag("", "Hier, M. Jean-Pierre de la Fontaine a rencontré le patron de Nexora Robotics à Lyon. "
        + "Les équipes de Nexora Robotics étaient là.");
    assertEquals(EntityType.PERSON, tags.get("new/jean-pierre-de-la-fontaine").type());
    assertEquals(EntityType.ORG, tags.get("new/nexora-robotics").type());
    assertEquals(2, tags.get("new/nexora-robotics").mentions());
  }

  @Test
  void takesNoNameFromASentenceInitialCapital() {
    Map<String, EntityTag> tags = tag("", "La société va bien. Selon Marc, Cette Semaine sera longue. Mais Dupont se tait.");
    assertTrue(tags.keySet().stream().noneMatch(id -> id.startsWith("new/")), tags::toString);
  }

  @Test
  void tagsNothingFromAFooterOrARelatedArticlesList() {
    Map<String, EntityTag> tags = tag("Une annonce", "OpenAI annonce un produit.\nLire aussi :\n- Apple dévoile un iPhone\n"
        + "- Microsoft recrute\nLa suite de l'article.\nNEWSLETTER L'Usine Digitale\n"
        + "Votre email est traité par Groupe Moniteur Nanterre B 403 080 823.\n© 2025 Apple Inc. Tous droits réservés.");
    assertEquals(List.of("org/openai"), List.copyOf(tags.keySet()));
  }

  @Test
  void weighsTitleAndLeadInSalience() {
    List<EntityTag> tags = tagger.tag("OpenAI change de cap", "Le laboratoire avance. " + "x ".repeat(300) + "Microsoft observe.");
    assertEquals("org/openai", tags.get(0).id());
    assertTrue(tags.get(0).salience() > tags.get(1).salience());
  }

  @Test
  void appliesLiveAdditionsOverridesAndRemovals() {
    tagger.put(new KnowledgeEntity("org/anthropic", null, EntityType.ORG, "Anthropic", List.of("Anthropic PBC")));
    assertTrue(tag("", "Anthropic lève des fonds.").containsKey("org/anthropic"));
    tagger.put(new KnowledgeEntity("org/microsoft", "Q2283", EntityType.ORG, "Microsoft", List.of("MSFT")));
    assertTrue(tag("", "MSFT monte.").containsKey("org/microsoft"));
    tagger.remove("org/openai");
    assertFalse(tag("", "OpenAI et Anthropic.").containsKey("org/openai"));
    assertEquals(BASE.size(), tagger.size());
  }
}
