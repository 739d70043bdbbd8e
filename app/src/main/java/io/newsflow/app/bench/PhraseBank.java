package io.newsflow.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence, title and page-furniture templates of one language, read from the class-path
 * file {@code bench/phrases-LANG.txt} that the project wrote for the bench.
 */
final class PhraseBank {

  private final String language;
  private final Map<String, List<String>> sections;

  private PhraseBank(String language, Map<String, List<String>> sections) {
    this.language = language;
    this.sections = sections;
  }

  static PhraseBank load(String language) {
    String resource = "bench/phrases-" + language + ".txt";
    InputStream in = PhraseBank.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no sentence bank for language '" + language + "' (" + resource + ")");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new PhraseBank(language, parse(reader.lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Map<String, List<String>> parse(List<String> lines) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current != null) {
        current.add(line.strip());
      }
    }
    sections.replaceAll((name, list) -> List.copyOf(list));
    return Map.copyOf(sections);
  }

  String language() {
    return language;
  }

  /** The templates of a section, empty when the bank has none. */
  List<String> section(String name) {
    return sections.getOrDefault(name, List.of());
  }

  /** Sentences about a topic; the generic ones when the bank has none for it. */
  List<String> sentences(String topic) {
    List<String> own = section("topic:" + topic);
    return own.isEmpty() ? section("generic") : own;
  }

  /** Title templates of a topic; every title of the bank when it has none for it. */
  List<String> titles(String topic) {
    List<String> own = section("title:" + topic);
    if (!own.isEmpty()) {
      return own;
    }
    return sections.entrySet().stream().filter(e -> e.getKey().startsWith("title:"))
        .flatMap(e -> e.getValue().stream()).sorted().toList();
  }

  /** The {@code |}-separated words of a section's lines, such as navigation labels. */
  List<String> words(String name) {
    return section(name).stream().flatMap(line -> Arrays.stream(line.split("\\|"))).map(String::strip).toList();
  }
}
