package io.newsflow.sink.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.Subscription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over the seed corpus, read crudely (first line the title, the rest the text,
 * French, no entities: the enrich stages are not part of this module).
 */
class SeedCorpusTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static List<Article> articles;
  private static SubscriptionMatcher matcher;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedCorpusTest::article).toList();
    }
    matcher = new SubscriptionMatcher();
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  @Test
  void windsurfIsOnlyInTheLongSeed() {
    assertEquals(List.of("001"), matching("windsurf"));
  }

  @Test
  void anthropicIsOnlyInTheLastSeed() {
    assertEquals(List.of("004"), matching("anthropic"));
  }

  @Test
  void aPhraseWithoutAWordLeavesOutTheSeedsThatHaveIt() {
    assertEquals(List.of("001", "002", "004"), matching("\"Sam Altman\""));
    assertEquals(List.of("002", "004"), matching("\"Sam Altman\" AND NOT stargate"));
    assertEquals(List.of("004"), matching("softbank AND NOT stargate"));
  }

  @Test
  void aPhraseMatchesOnlyInOrder() {
    assertEquals(List.of("001", "003"), matching("\"Wall Street Journal\""));
    assertEquals(List.of(), matching("\"Journal Street Wall\""));
  }

  @Test
  void aPluralQueryFindsTheSingularInEverySeed() {
    assertEquals(List.of("000", "001", "002", "003", "004"), matching("partenariats"));
  }

  @Test
  void combinesOrWithPhrases() {
    assertEquals(List.of("001", "002", "004"), matching("\"Elon Musk\" OR anthropic"));
  }

  private static List<String> matching(String query) {
    matcher.put(Subscription.of("q", query));
    return articles.stream().filter(a -> !matcher.match(a).isEmpty()).map(Article::id).toList();
  }

  private static Article article(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      String id = file.getFileName().toString().substring(0, 3);
      return new Article(Article.SCHEMA_VERSION, id, "file:" + file.getFileName(), lines.get(0),
          String.join("\n", lines.subList(1, lines.size())), "fr", null, List.of(), List.of(),
          null, null, null, 0, null);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read seed " + file, e);
    }
  }
}
