package io.newsflow.ingest.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.model.RawDocument;
import io.newsflow.core.text.PageDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a replay folder: every regular, non-hidden file in name order; {@code .txt} as plain
 * text, {@code .html}/{@code .htm} as a page, {@code .json} as a RawDocument. A file that cannot
 * be read becomes a {@link CorpusFile} with the reason, never an exception, so one bad file
 * never stops the others.
 */
public final class CorpusReader {

  private static final JsonSerde<RawDocument> RAW = JsonSerde.of(RawDocument.class);

  private CorpusReader() {}

  /**
   * The files to replay, sorted by name.
   *
   * @throws IllegalArgumentException naming the folder when it is missing, not a folder, or
   *     holds no file
   */
  public static List<Path> files(Path dir) {
    if (!Files.exists(dir)) {
      throw new IllegalArgumentException(dir + ": no such folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> entries = Files.list(dir)) {
      files = entries
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !Files.isDirectory(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalArgumentException(dir + ": cannot list the folder: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(dir + ": the folder holds no file to replay");
    }
    return files;
  }

  /** Reads one file into a RawDocument, or the reason it cannot be. */
  public static CorpusFile read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return failed(file, new byte[0], "no such file");
    } catch (IOException e) {
      return failed(file, new byte[0], "cannot read: " + e.getMessage());
    }
    return parse(file, bytes);
  }

  private static CorpusFile parse(Path file, byte[] bytes) {
    String name = file.getFileName().toString();
    String extension = extension(name);
    if (bytes.length == 0) {
      return failed(file, bytes, "empty file");
    }
    switch (extension) {
      case "txt":
        return document(file, bytes, RawDocument.TEXT);
      case "html":
      case "htm":
        return document(file, bytes, RawDocument.HTML);
      case "json":
        return json(file, bytes);
      default:
        return failed(file, bytes, "unsupported file type '." + extension
            + "' (expected .txt, .html, .htm or .json)");
    }
  }

  private static CorpusFile document(Path file, byte[] bytes, String contentType) {
    String name = file.getFileName().toString();
    String body = PageDecoder.decode(bytes, null);
    return new CorpusFile(file, RawDocument.of(stem(name), "file:" + name, contentType, body), bytes, null);
  }

  private static CorpusFile json(Path file, byte[] bytes) {
    try {
      return new CorpusFile(file, RAW.read(bytes), bytes, null);
    } catch (RuntimeException e) {
      String reason = e.getCause() instanceof JsonProcessingException json
          ? json.getOriginalMessage() : e.getMessage();
      return failed(file, bytes, "not a RawDocument JSON: " + reason);
    }
  }

  private static CorpusFile failed(Path file, byte[] bytes, String error) {
    return new CorpusFile(file, null, bytes, error);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
