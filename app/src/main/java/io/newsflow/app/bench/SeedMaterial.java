package io.newsflow.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole sentences of the seed corpus (French articles about Microsoft and OpenAI), mixed into
 * generated French articles as real reporting between the template sentences.
 */
record SeedMaterial(List<String> sentences) {

  private static final int SHORTEST = 40;
  private static final int LONGEST = 320;

  SeedMaterial {
    sentences = List.copyOf(sentences);
  }

  static SeedMaterial none() {
    return new SeedMaterial(List.of());
  }

  /** The sentences of the {@code .txt} files of {@code dir}, in file-name order; none if it does not exist. */
  static SeedMaterial read(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return none();
    }
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).forEach(line -> split(line, sentences));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed corpus in " + dir, e);
    }
    return new SeedMaterial(sentences);
  }

  private static void split(String line, List<String> into) {
    for (String sentence : line.strip().split("(?<=[.!?])\\s+")) {
      boolean ends = sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?");
      if (ends && sentence.length() >= SHORTEST && sentence.length() <= LONGEST) {
        into.add(sentence);
      }
    }
  }
}
