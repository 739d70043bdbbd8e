package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed corpus, tagged as it is (first line as title) with the full shipped base. */
class SeedCorpusTaggingTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static EntityTagger tagger;

  @BeforeAll
  static void loadBase() {
    tagger = EntityTagger.withDefaultBase();
  }

  static Map<String, EntityTag> tag(String file) throws IOException {
    String raw = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8).strip();
    int firstBreak = raw.indexOf('\n');
    List<EntityTag> tags = tagger.tag(raw.substring(0, firstBreak), raw.substring(firstBreak + 1));
    return tags.stream().collect(Collectors.toMap(EntityTag::id, t -> t));
  }

  static void assertTagged(Map<String, EntityTag> tags, String id, EntityType type) {
    assertTrue(tags.containsKey(id), () -> id + " missing from " + tags.keySet());
    assertEquals(type, tags.get(id).type(), id);
  }

  @Test
  void findsOpenAiAndMicrosoftInEverySeed() throws IOException {
    for (String file : List.of("000_9b4c43f3e1c54413.txt", "001_e20fdf1390dc8dd6.txt", "002_30bbff10be10f2e0.txt",
        "003_9fef1515b8bf7e88.txt", "004_304449a670d0ba93.txt")) {
      Map<String, EntityTag> tags = tag(file);
      assertTagged(tags, "org/openai", EntityType.ORG);
      assertTagged(tags, "org/microsoft", EntityType.ORG);
    }
  }

  @Test
  void findsTheFinancialTimesInTheFirstSeed() throws IOException {
    assertTagged(tag("000_9b4c43f3e1c54413.txt"), "org/financial-times", EntityType.ORG);
  }

  @Test
  void findsEveryoneInTheLongSeed() throws IOException {
    Map<String, EntityTag> tags = tag("001_e20fdf1390dc8dd6.txt");
    assertTagged(tags, "org/wall-street-journal", EntityType.ORG);
    assertTagged(tags, "person/sam-altman", EntityType.PERSON);
    assertTagged(tags, "person/satya-nadella", EntityType.PERSON);
    assertTagged(tags, "person/elon-musk", EntityType.PERSON);
    assertTagged(tags, "org/softbank", EntityType.ORG);
    assertTagged(tags, "org/oracle", EntityType.ORG);
    assertTagged(tags, "org/ftc", EntityType.ORG);
    assertTagged(tags, "product/chatgpt", EntityType.PRODUCT);
    assertTagged(tags, "product/azure", EntityType.PRODUCT);
  }

  @Test
  void findsAnthropicInTheLastSeed() throws IOException {
    assertTagged(tag("004_304449a670d0ba93.txt"), "org/anthropic", EntityType.ORG);
  }

  @Test
  void tagsNothingFromThePublishersFooters() throws IOException {
    Map<String, EntityTag> last = tag("004_304449a670d0ba93.txt");
    assertFalse(last.keySet().stream().anyMatch(id -> id.contains("usine") || id.contains("moniteur") || id.contains("infopro")),
        () -> "footer names tagged: " + last.keySet());
    Map<String, EntityTag> first = tag("000_9b4c43f3e1c54413.txt");
    assertFalse(first.containsKey("org/meta"), () -> "related-articles line tagged: " + first.keySet());
    assertFalse(first.containsKey("org/github"), () -> "related-articles line tagged: " + first.keySet());
  }

  @Test
  void printsTags() throws IOException {
    for (String file : List.of("000_9b4c43f3e1c54413.txt", "001_e20fdf1390dc8dd6.txt", "002_30bbff10be10f2e0.txt",
        "003_9fef1515b8bf7e88.txt", "004_304449a670d0ba93.txt")) {
      System.out.println(file + " " + tag(file).values().stream().sorted((a, b) -> Double.compare(b.salience(), a.salience()))
          .map(t -> t.id() + "(" + t.type() + "," + t.mentions() + "," + t.salience() + ")").toList());
    }
  }
}
