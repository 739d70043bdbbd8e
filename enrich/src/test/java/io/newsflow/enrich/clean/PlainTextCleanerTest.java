package io.newsflow.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {

  private static CleanText clean(String text) {
    return new ArticleCleaner().clean(RawDocument.of("t", "file:t.txt", RawDocument.TEXT, text));
  }

  @Test
  void dropsAShareButtonAndKeepsTheRepeatedTitleOnce() {
    CleanText clean = clean("""
        Partager

        La banque centrale relève ses taux pour la troisième fois

        Tweeter
        La banque centrale relève ses taux pour la troisième fois
        Le conseil des gouverneurs a décidé jeudi de relever ses taux directeurs d'un quart de point.
        """);
    assertEquals("La banque centrale relève ses taux pour la troisième fois", clean.title());
    assertEquals("Le conseil des gouverneurs a décidé jeudi de relever ses taux directeurs d'un quart de point.", clean.text());
  }

  @Test
  void dropsAReadAlsoHeadingWithItsListOfLinks() {
    CleanText clean = clean("""
        Les agriculteurs bloquent les routes autour de la capitale
        Des centaines de tracteurs convergent depuis l'aube vers le périphérique.
        À découvrir :
        - Pourquoi le prix du lait reste-t-il si bas ?
        - Les aides européennes expliquées en cinq questions
        Le gouvernement doit recevoir les syndicats dans la soirée.
        """);
    assertEquals(List.of("Des centaines de tracteurs convergent depuis l'aube vers le périphérique.",
        "Le gouvernement doit recevoir les syndicats dans la soirée."), List.of(clean.text().split("\n")));
  }

  @Test
  void keepsTheSourceLinkAndDropsItsLineAndTheCommentCounter() {
    CleanText clean = clean("""
        The port reopened after a week of strikes
        Dockers returned to work on Monday after the union accepted a new pay offer.
        Source: https://example.org/news/port-reopens
        Comments (12)
        """);
    assertEquals("https://example.org/news/port-reopens", clean.sourceLink());
    assertEquals("Dockers returned to work on Monday after the union accepted a new pay offer.", clean.text());
  }

  @Test
  void cutsTheTrailerThatStartsAtACapitalisedHeadingNearTheEnd() {
    CleanText clean = clean("""
        Un nouveau vaccin contre le paludisme autorisé en Afrique de l'Ouest
        L'agence sanitaire a donné son feu vert après deux années d'essais cliniques.
        Les premières doses seront livrées au printemps dans trois pays.
        Les autorités espèrent vacciner un million d'enfants d'ici la fin de l'année.
        À LIRE ÉGALEMENT
        Santé : les hôpitaux manquent de médecins urgentistes
        NEWSLETTER Santé
        Votre email est traité par notre société pour vous envoyer la newsletter, conformément au RGPD.
        """);
    assertTrue(clean.text().endsWith("d'ici la fin de l'année."), clean.text());
    assertFalse(clean.text().contains("NEWSLETTER"));
  }

  @Test
  void dropsAPhotoCreditAppendedToTheTitle() {
    CleanText clean = clean("""
        Le stade rouvre ses portes après deux ans de travaux. Photo : Jean Dupont . |
        La mairie a inauguré samedi la nouvelle tribune de dix mille places.
        """);
    assertEquals("Le stade rouvre ses portes après deux ans de travaux.", clean.title());
    assertNull(clean.publishedAt());
  }

  @Test
  void keepsSectionHeadingsOfTheArticle() {
    CleanText clean = clean("""
        Le Parlement adopte la réforme des retraites en dernière lecture
        Le texte a été voté par 289 voix contre 250 après des semaines de débats.
        Ce qui change pour les salariés
        L'âge légal passera progressivement de 62 à 64 ans d'ici 2030.
        """);
    assertTrue(clean.text().contains("Ce qui change pour les salariés"), clean.text());
  }

  @Test
  void leavesNoFurnitureInTheSeedsAndKeepsTheirSentences() throws IOException {
    List<String> furniture = List.of("Partagez", "Partager", "Lire aussi", "SUR LE MÊME SUJET",
        "Sujets associés", "ARTICLES LES PLUS LUS", "Comment (0)", "Votre email est traité",
        "NEWSLETTER", "Passez en revue", "Source :", "Photo :");
    for (Path seed : seeds()) {
      String raw = Files.readString(seed, StandardCharsets.UTF_8);
      CleanText clean = clean(raw);
      String all = clean.title() + "\n" + clean.text();
      furniture.forEach(f -> assertFalse(all.contains(f), seed.getFileName() + " keeps '" + f + "'"));
      assertFalse(clean.text().contains(clean.title()), seed.getFileName() + " repeats its title");
      assertTrue(clean.text().length() > raw.length() / 2, seed.getFileName() + " lost article text");
    }
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      return files.sorted().toList();
    }
  }
}
