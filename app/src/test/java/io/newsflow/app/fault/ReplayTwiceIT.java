package io.newsflow.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.app.Newsflow;
import io.newsflow.app.ReplayIT;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.model.Alert;
import io.newsflow.core.model.Article;
import io.newsflow.core.model.DuplicateVerdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The seed corpus replayed twice, each time under its own topic prefix and state directory,
 * gives the same outputs apart from the fields that hold times.
 */
@ExtendWith(KafkaBroker.class)
class ReplayTwiceIT {

  private static final Path SEEDS = Path.of("").toAbsolutePath().getParent().resolve("seeds");
  /** Each output file and the record its lines hold. */
  private static final Map<String, Class<? extends Record>> OUTPUTS = Map.of(
      "articles.jsonl", Article.class, "duplicates.jsonl", DuplicateVerdict.class, "alerts.jsonl", Alert.class);

  @Test
  void sameSeedsGiveTheSameOutputsApartFromTimes(KafkaBroker broker, @TempDir Path tmp) throws IOException {
    Path subscriptions = Files.writeString(tmp.resolve("subscriptions.json"), """
        [{"id": "openai", "query": "openai"},
         {"id": "anthropic", "query": "entity:Anthropic"},
         {"id": "microsoft-cloud", "query": "microsoft AND cloud"}]
        """);

    Path first = replay(broker, tmp, "first", subscriptions);
    Path second = replay(broker, tmp, "second", subscriptions);

    assertEquals(5, Files.readAllLines(first.resolve("articles.jsonl")).size());
    assertFalse(Files.readAllLines(first.resolve("alerts.jsonl")).isEmpty());
    for (Map.Entry<String, Class<? extends Record>> output : OUTPUTS.entrySet()) {
      assertEquals(withoutTimes(first.resolve(output.getKey()), output.getValue()),
          withoutTimes(second.resolve(output.getKey()), output.getValue()), output.getKey());
    }
  }

  /** Runs {@code newsflow replay} as a user does, with its own topic prefix and state directory. */
  private static Path replay(KafkaBroker broker, Path tmp, String name, Path subscriptions) throws IOException {
    Path config = Files.writeString(tmp.resolve(name + ".properties"),
        "topics.prefix=" + KafkaBroker.uniquePrefix("twice-" + name) + "\n"
            + "streams.stateDir=" + tmp.resolve(name + "-state") + "\n");
    Path out = tmp.resolve(name);
    StringWriter err = new StringWriter();
    CommandLine command = Newsflow.commandLine();
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(err));
    int exit = command.execute("replay", SEEDS.toString(), "--out", out.toString(),
        "--bootstrap-servers", broker.bootstrapServers(), "--config", config.toString(),
        "--subscriptions", subscriptions.toString());
    assertEquals(0, exit, err.toString());
    return out;
  }

  /** Each line of {@code file} as JSON text without the fields that {@code type} declares as instants. */
  private static List<String> withoutTimes(Path file, Class<? extends Record> type) {
    Set<String> times = Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getType() == Instant.class)
        .map(RecordComponent::getName)
        .collect(Collectors.toSet());
    return ReplayIT.lines(file).stream()
        .map(node -> ((ObjectNode) node).remove(times).toString())
        .toList();
  }
}
