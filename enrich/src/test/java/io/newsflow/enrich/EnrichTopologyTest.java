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
