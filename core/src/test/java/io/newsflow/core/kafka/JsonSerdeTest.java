package io.newsflow.core.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.TopicTag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

  private static final Article ARTICLE = new Article(Article.SCHEMA_VERSION, "https://example.org/a", "https://example.org/a",
      "Microsoft et OpenAI « renégocient »", "Le texte de l’article,\n\ttout entier.\u00a0Fin.", "fr",
      Instant.parse("2026-11-23T10:15:30.123456789Z"),
      List.of(new EntityTag("Q2283", "Microsoft", EntityType.ORG, 3, 0.8, List.of("MSFT"))),
      List.of(new TopicTag("technology", "Technologie", 0.7)), "story-1", "example.org", "A. Auteur", 2, "c0ffee");

  private final JsonSerde<Article> json = JsonSerde.of(Article.class);
  private final JsonSerde<Article> compact = JsonSerde.compact(Article.class);

  @Test
  void compactRecordsComeBackEqualAndSmallerThanJsonText() {
    byte[] bytes = compact.write(ARTICLE);

    assertEquals(ARTICLE, compact.read(bytes));
    assertTrue(bytes.length < json.write(ARTICLE).length, "Smile longer than JSON");
  }

  @Test
  void eitherSerdeReadsWhatTheOtherWrote() {
    assertEquals(ARTICLE, compact.read(json.write(ARTICLE)));
    assertEquals(ARTICLE, json.read(compact.write(ARTICLE)));
  }

  @Test
  void jsonTextForTheTopicsPeopleReadSmileForTheRest() {
    String text = new String(json.write(ARTICLE), StandardCharsets.UTF_8);

    assertTrue(text.startsWith("{\"schemaVersion\":1,"), text);
    assertEquals(':', compact.write(ARTICLE)[0], "Smile starts with its header");
  }

  @Test
  void bytesInNeitherFormatAreASerializationError() {
    byte[] garbage = ":)\nnot smile at all".getBytes(StandardCharsets.UTF_8);

    assertThrows(SerializationException.class, () -> compact.read(garbage));
    assertThrows(SerializationException.class, () -> json.read("not json".getBytes(StandardCharsets.UTF_8)));
  }
}
