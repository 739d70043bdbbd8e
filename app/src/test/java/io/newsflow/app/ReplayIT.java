package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow replay} end to end through a real broker, as a user runs it. */
@ExtendWith(KafkaBroker.class)
public class ReplayIT {

  static final Path SEEDS = Path.of("").toAbsolutePath().getParent().resolve("seeds");

  @Test
  void replaysTheSeedsIntoFiveFrenchArticlesTheSameWayTwice(KafkaBroker broker, @TempDir Path tmp) throws IOException {
    Path subscriptions = Files.writeString(tmp.resolve("subscriptions.json"), """
        [{"id": "openai", "query": "openai"},
         {"id": "windsurf", "query": "windsurf"},
         {"id": "anthropic", "query": "entity:Anthropic"},
         {"id": "nothing", "query": "\\"recette de cuisine\\""}]
        """);
    Run first = replay(broker, tmp, "first", SEEDS, "--subscriptions", subscriptions.toString());
    assertEquals(0, first.exitCode(), first.err());

    List<JsonNode> articles = lines(first.out().resolve("articles.jsonl"));
    assertEquals(5, articles.size());
    articles.forEach(a -> assertEquals("fr", a.path("language").asText(), a.path("id").asText()));
    articles.forEach(a -> assertTrue(ids(List.copyOf(toList(a.path("entities"))), "id")
        .containsAll(List.of("org/openai", "org/microsoft")), a.path("id").asText()));
    assertEquals(Set.of("000_9b4c43f3e1c54413"), Set.of(articles.get(0).path("id").asText()));
    assertEquals("file:000_9b4c43f3e1c54413.txt", articles.get(0).path("url").asText());
    assertTrue(lines(first.out().resolve("duplicates.jsonl")).isEmpty());
    assertTrue(lines(first.out().resolve("dead-letters.jsonl")).isEmpty());
    List<JsonNode> alerts = lines(first.out().resolve("alerts.jsonl"));
    assertEquals(5, count(alerts, "openai"));
    assertEquals(1, count(alerts, "windsurf"));
    assertEquals(List.of("004_304449a670d0ba93"), alerts.stream()
        .filter(a -> a.path("subscriptionId").asText().equals("anthropic"))
        .map(a -> a.path("articleId").asText()).toList());
    assertEquals(0, count(alerts, "nothing"));
    assertTrue(first.stdout().contains("articles"), first.stdout());

    Run second = replay(broker, tmp, "second", SEEDS, "--subscriptions", subscriptions.toString());
    assertEquals(0, second.exitCode(), second.err());
    for (String file : List.of("articles.jsonl", "duplicates.jsonl", "alerts.jsonl")) {
      assertEquals(Files.readString(first.out().resolve(file)), Files.readString(second.out().resolve(file)), file);
    }
  }

  @Test
  void keepsTheFirstOfTwoCopiesAndDeadLettersAnUnreadableFile(KafkaBroker broker, @TempDir Path tmp) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path first = SEEDS.resolve("000_9b4c43f3e1c54413.txt");
    Files.copy(first, corpus.resolve("a.txt"));
    Files.copy(first, corpus.resolve("b-copy.txt"));
    Files.write(corpus.resolve("c.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    Files.copy(SEEDS.resolve("004_304449a670d0ba93.txt"), corpus.resolve("d.txt"));

    Run run = replay(broker, tmp, "out", corpus);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("a", "d"), ids(lines(run.out().resolve("articles.jsonl")), "id"));
    JsonNode duplicate = lines(run.out().resolve("duplicates.jsonl")).get(0);
    assertEquals("b-copy", duplicate.path("id").asText());
    assertEquals("a", duplicate.path("duplicateOf").asText());
    assertEquals("exact", duplicate.path("kind").asText());
    JsonNode deadLetter = lines(run.out().resolve("dead-letters.jsonl")).get(0);
    assertEquals("c.pdf", deadLetter.path("key").asText());
    assertEquals("ingest", deadLetter.path("stage").asText());
    assertTrue(deadLetter.path("error").asText().contains("c.pdf"), deadLetter.toString());
  }

  @Test
  void namesAMissingFolderInOneLine(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    CommandLine command = Newsflow.commandLine();
    command.setErr(new PrintWriter(err));
    int exit = command.execute("replay", tmp.resolve("nowhere").toString());
    assertEquals(ErrorReporter.USER_ERROR, exit);
    assertEquals("newsflow replay: " + tmp.resolve("nowhere") + ": no such folder", err.toString().trim());
  }

  /** What one run of the command gave. */
  record Run(int exitCode, Path out, String stdout, String err) {}

  static Run replay(KafkaBroker broker, Path tmp, String name, Path dir, String... options) throws IOException {
    Path config = Files.writeString(tmp.resolve(name + ".properties"),
        "streams.stateDir=" + tmp.resolve(name + "-state") + "\n");
    Path out = tmp.resolve(name);
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Newsflow.commandLine();
    command.setOut(new PrintWriter(stdout));
    command.setErr(new PrintWriter(err));
    String[] args = Stream.concat(Stream.of("replay", dir.toString(), "--out", out.toString(),
        "--bootstrap-servers", broker.bootstrapServers(), "--config", config.toString()), Stream.of(options))
        .toArray(String[]::new);
    int exit = command.execute(args);
    return new Run(exit, out, stdout.toString(), err.toString());
  }

  /** Each line of a JSON Lines output file, parsed. */
  public static List<JsonNode> lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.map(ReplayIT::json).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(List<JsonNode> alerts, String subscription) {
    return alerts.stream().filter(a -> a.path("subscriptionId").asText().equals(subscription)).count();
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private static List<String> ids(List<JsonNode> nodes, String field) {
    return nodes.stream().map(n -> n.path(field).asText()).collect(Collectors.toList());
  }
}
