package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.StreamsProperties;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;
import io.newsflow.core.model.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

  private static final Topics TOPICS = Topics.withPrefix("test.");

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, RawDocument> raw;
  private TestOutputTopic<String, Article> articles;
  private TestOutputTopic<String, DuplicateVerdict> duplicates;

  @BeforeEach
  void start() {
    Settings settings = Settings.defaultSettings().with("streams.stateDir", stateDir.toString());
    Properties props = StreamsProperties.of(settings, "unused:9092", "enrich-test", "enrich", TOPICS);
    driver = new TopologyTestDriver(
        EnrichTopology.build(EnrichConfig.from(settings), TOPICS, EnrichApp.defaultStages()), props);
    raw = driver.createInputTopic(TOPICS.raw().name(), TOPICS.raw().keySerde().serializer(),
        TOPICS.raw().valueSerde().serializer(), java.time.Instant.parse("2026-11-23T08:00:00Z"),
        java.time.Duration.ofSeconds(1));
    articles = driver.createOutputTopic(TOPICS.articles().name(),
        TOPICS.articles().keySerde().deserializer(), TOPICS.articles().valueSerde().deserializer());
    duplicates = driver.createOutputTopic(TOPICS.duplicates().name(),
        TOPICS.duplicates().keySerde().deserializer(), TOPICS.duplicates().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void keepsEverySeedAsAnArticleOfOneStory() throws IOException {
    for (Path seed : seeds()) {
      send(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
    }
    List<Article> kept = articles.readValuesToList();
    assertEquals(5, kept.size());
    assertTrue(duplicates.isEmpty());
    assertEquals(Set.of("fr"), kept.stream().map(Article::language).collect(Collectors.toSet()));
    assertEquals(1, kept.stream().map(Article::storyId).distinct().count());
  }

  @Test
  void dropsACopyUnderAnotherUrlAsExactDuplicateOfTheFirst() {
    String text = "Un titre pour cet article\nMicrosoft et OpenAI renégocient leur partenariat, selon le Financial Times.";
    send("first.txt", text);
    send("copy.txt", text.replace("renégocient", "renegocient").toUpperCase(java.util.Locale.ROOT));
    assertEquals(List.of("first"), articles.readValuesToList().stream().map(Article::id).toList());
    DuplicateVerdict verdict = duplicates.readValue();
    assertEquals("copy", verdict.id());
    assertEquals("first", verdict.duplicateOf());
    assertEquals(DuplicateVerdict.EXACT, verdict.kind());
  }

  @Test
  void keepsACopyThatComesOnceTheWindowHasPassed() {
    String text = "Un titre pour cet article\nMicrosoft et OpenAI renégocient leur partenariat, selon le Financial Times.";
    send("first.txt", text);
    raw.advanceTime(java.time.Duration.ofDays(7));
    send("copy.txt", text);
    assertEquals(List.of("first", "copy"), articles.readValuesToList().stream().map(Article::id).toList());
    assertTrue(duplicates.isEmpty());
  }

  @Test
  void updatesTheArticleWhenTheSameUrlComesBackChanged() {
    String title = "Les deux groupes reprennent la négociation\n";
    send("page.txt", title + "Première version du texte de l'article sur la négociation.");
    send("page.txt", title + "Deuxième version du texte de l'article, corrigée après coup.");
    send("page.txt", title + "Deuxième version du texte de l'article, corrigée après coup.");
    List<Article> versions = articles.readValuesToList();
    assertEquals(List.of(0, 1), versions.stream().map(Article::revision).toList());
    assertEquals(Set.of("page"), versions.stream().map(Article::id).collect(Collectors.toSet()));
    assertEquals(versions.get(0).storyId(), versions.get(1).storyId());
    assertEquals("page", duplicates.readValue().duplicateOf());
  }

  @Test
  void dropsAnEditedCopyWithOtherFurnitureAsNearDuplicateOfTheFirst() throws IOException {
    String original = Files.readString(seeds().get(1), StandardCharsets.UTF_8);
    String sentence = "Cela semblait être un mariage parfait";
    assertTrue(original.contains(sentence));
    String edited = "Abonnez-vous à notre lettre d'information quotidienne.\n"
        + original.replace(sentence, "On aurait pu croire à une union idéale") + "\nTous droits réservés.";
    send("original.txt", original);
    send("syndicated.txt", edited);
    assertEquals(List.of("original"), articles.readValuesToList().stream().map(Article::id).toList());
    DuplicateVerdict verdict = duplicates.readValue();
    assertEquals("syndicated", verdict.id());
    assertEquals("original", verdict.duplicateOf());
    assertEquals(DuplicateVerdict.NEAR, verdict.kind());
    assertTrue(verdict.similarity() > 0.9 && verdict.similarity() < 1.0, "similarity " + verdict.similarity());
  }

  private static final String SIGN_OFF = "Le Quotidien du Quai est édité par les Éditions du Pont Neuf depuis 1987.";
  private static final List<String> TITLES = List.of(
      "La banque centrale relève encore ses taux", "Un entraîneur espagnol pour relancer le club",
      "La tempête prive la Bretagne d'électricité", "Apprentissage : le projet de loi présenté",
      "Maladie du foie : un essai lyonnais prometteur", "Le port du Havre bat son record de conteneurs");
  private static final List<String> BODIES = List.of(
      "La banque centrale relève ses taux directeurs d'un quart de point pour freiner l'inflation. "
          + "Les marchés s'y attendaient depuis la publication des prix de septembre. "
          + "Les ménages endettés à taux variable verront leurs mensualités augmenter dès janvier.",
      "Le club de football de la ville recrute un nouvel entraîneur venu du championnat espagnol. "
          + "Il a signé un contrat de trois saisons et dirigera son premier entraînement lundi. "
          + "Les supporters attendent surtout un meilleur jeu à domicile après une saison décevante.",
      "Une tempête traverse la Bretagne et prive quarante mille foyers d'électricité pendant la nuit. "
          + "Des rafales à cent quarante kilomètres heure ont été relevées à la pointe du Raz. "
          + "Les équipes du gestionnaire de réseau espèrent rétablir le courant d'ici mercredi soir.",
      "Le gouvernement présente un projet de loi sur la formation professionnelle des apprentis. "
          + "Le texte prévoit une aide aux petites entreprises qui embauchent des jeunes sans diplôme. "
          + "Les syndicats jugent la mesure insuffisante et réclament une concertation plus large.",
      "Un laboratoire lyonnais annonce un essai clinique prometteur contre une maladie rare du foie. "
          + "Soixante patients ont reçu le traitement pendant dix-huit mois sans effet secondaire grave. "
          + "Une étude plus large doit commencer l'an prochain dans six hôpitaux européens.",
      "Le port du Havre a traité plus de trois millions de conteneurs cette année, un record. "
          + "La nouvelle digue et l'automatisation des grues expliquent une bonne part de la hausse. "
          + "Les dockers négocient une prime liée à ce trafic exceptionnel avec la direction du port.");

  @Test
  void dropsALineTheSourceRepeatedInThreeEarlierArticlesOfItsOwn() {
    for (int i = 0; i < 5; i++) {
      sendUrl("https://www.quotidien-du-quai.fr/article-" + i, TITLES.get(i) + "\n" + BODIES.get(i) + "\n" + SIGN_OFF);
    }
    sendUrl("https://www.autre-journal.fr/article", TITLES.get(5) + "\n" + BODIES.get(5) + "\n" + SIGN_OFF);
    List<Article> kept = articles.readValuesToList();
    assertEquals(List.of(true, true, true, false, false, true), kept.stream().map(a -> a.text().contains(SIGN_OFF)).toList());
    assertTrue(kept.get(4).text().contains(BODIES.get(4)), kept.get(4).text());
  }

  @Test
  void learnsNothingFromTheVersionsOfOnePage() {
    for (int i = 0; i < 4; i++) {
      sendUrl("https://www.quotidien-du-quai.fr/en-direct", TITLES.get(0) + "\n" + BODIES.get(i) + "\n" + SIGN_OFF);
    }
    sendUrl("https://www.quotidien-du-quai.fr/article", TITLES.get(4) + "\n" + BODIES.get(4) + "\n" + SIGN_OFF);
    List<Article> kept = articles.readValuesToList();
    assertEquals(List.of(0, 1, 2, 3, 0), kept.stream().map(Article::revision).toList());
    assertTrue(kept.stream().allMatch(a -> a.text().contains(SIGN_OFF)));
  }

  private void sendUrl(String url, String text) {
    raw.pipeInput(url, RawDocument.of(url, url, RawDocument.TEXT, text));
  }

  private void send(String fileName, String text) {
    String id = fileName.substring(0, fileName.lastIndexOf('.'));
    raw.pipeInput(id, RawDocument.of(id, "file:" + fileName, RawDocument.TEXT, text));
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      return files.sorted().toList();
    }
  }
}
