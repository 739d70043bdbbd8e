package io.newsflow.sink.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.core.kafka.DeadLetters;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Writes records of the output topics to {@code articles.jsonl}, {@code duplicates.jsonl},
 * {@code alerts.jsonl} and {@code dead-letters.jsonl} in one folder, one JSON object a line.
 */
public final class OutputFiles implements AutoCloseable {

  private static final ObjectMapper MAPPER = Json.mapper();

  private final Map<String, String> fileByTopic = new LinkedHashMap<>();
  private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
  private final String deadLetterTopic;
  private final Path dir;

  /** Opens the files in {@code dir}, emptied first when {@code truncate}. */
  public OutputFiles(Path dir, Topics topics, boolean truncate) {
    this.dir = dir;
    this.deadLetterTopic = topics.deadLetters().name();
    fileByTopic.put(topics.articles().name(), "articles.jsonl");
    fileByTopic.put(topics.duplicates().name(), "duplicates.jsonl");
    fileByTopic.put(topics.alerts().name(), "alerts.jsonl");
    fileByTopic.put(deadLetterTopic, "dead-letters.jsonl");
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> entry : fileByTopic.entrySet()) {
        writers.put(entry.getKey(), open(dir.resolve(entry.getValue()), truncate));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output files in " + dir, e);
    }
  }

  /** The topics whose records these files hold. */
  public java.util.Set<String> topics() {
    return fileByTopic.keySet();
  }

  public Path dir() {
    return dir;
  }

  /** Appends one record of an output topic as a JSON line. */
  public void write(ConsumerRecord<String, byte[]> record) {
    BufferedWriter writer = writers.get(record.topic());
    if (writer == null) {
      throw new IllegalArgumentException("not an output topic: " + record.topic());
    }
    try {
      writer.write(MAPPER.writeValueAsString(line(record)));
      writer.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir.resolve(fileByTopic.get(record.topic())), e);
    }
  }

  public void flush() {
    writers.values().forEach(w -> {
      try {
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot flush output files in " + dir, e);
      }
    });
  }

  @Override
  public void close() {
    flush();
    for (BufferedWriter writer : writers.values()) {
      try {
        writer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close output files in " + dir, e);
      }
    }
  }

  private JsonNode line(ConsumerRecord<String, byte[]> record) throws IOException {
    if (!record.topic().equals(deadLetterTopic)) {
      return MAPPER.readTree(record.value());
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("key", record.key());
    node.put("stage", DeadLetters.header(record.headers(), DeadLetters.STAGE));
    node.put("error", DeadLetters.header(record.headers(), DeadLetters.ERROR));
    node.put("value", text(record.value()));
    node.put("sourceTopic", DeadLetters.header(record.headers(), DeadLetters.SOURCE_TOPIC));
    return node;
  }

  /** The original bytes as text when they are UTF-8, else base64 prefixed with {@code base64:}. */
  private static String text(byte[] value) {
    if (value == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value)).toString();
    } catch (CharacterCodingException e) {
      return "base64:" + Base64.getEncoder().encodeToString(value);
    }
  }

  private static BufferedWriter open(Path file, boolean truncate) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        truncate ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
  }
}
