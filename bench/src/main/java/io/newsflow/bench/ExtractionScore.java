package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.core.model.RawDocument;
import io.newsflow.core.text.PageDecoder;
import io.newsflow.core.text.TextNormalizer;
import io.newsflow.enrich.clean.ArticleCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures main-text extraction on an annotated page set (snippets that must and must not
 * appear in the body): {@code scripts/extraction-score [DIR] [--failures N]}. User-comment
 * snippets count as snippets that must not appear. {@code --show NAME} prints one page's extraction.
 */
public final class ExtractionScore {

  static final Path DEFAULT_SET = Path.of("/work/shared/extraction-dev");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionScore() {}

  /** True and false positives and negatives of one page or one group of pages. */
  static final class Tally {
    int truePositives;
    int falseNegatives;
    int falsePositives;
    int trueNegatives;
    int pages;

    void add(Tally other) {
      truePositives += other.truePositives;
      falseNegatives += other.falseNegatives;
      falsePositives += other.falsePositives;
      trueNegatives += other.trueNegatives;
      pages += other.pages;
    }

    double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int errors() {
      return falseNegatives + falsePositives;
    }

    String line(String label) {
      return String.format(Locale.ROOT, "%-8s pages=%3d tp=%4d fn=%4d fp=%4d tn=%4d precision=%.3f recall=%.3f f1=%.3f",
          label, pages, truePositives, falseNegatives, falsePositives, trueNegatives, precision(), recall(), f1());
    }
  }

  /** One scored page with what went wrong. */
  record PageResult(String name, String language, Tally tally, List<String> missed, List<String> leaked) {}

  public static void main(String[] args) throws IOException {
    Path dir = DEFAULT_SET;
    int failures = 0;
    String show = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--failures")) {
        failures = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--show")) {
        show = args[++i];
      } else {
        dir = Path.of(args[i]);
      }
    }
    Map<String, String> languages = languages(dir.resolve("manifest.tsv"));
    ArticleCleaner cleaner = new ArticleCleaner();
    if (show != null) {
      String html = PageDecoder.decode(Files.readAllBytes(dir.resolve("html").resolve(show + ".html")), null);
      System.out.println(cleaner.clean(RawDocument.of(show, "file:" + show, RawDocument.HTML, html)));
      return;
    }
    List<PageResult> results = new ArrayList<>();
    long start = System.nanoTime();
    try (Stream<Path> golds = Files.list(dir.resolve("gold"))) {
      for (Path gold : golds.sorted().toList()) {
        results.add(score(dir, gold, cleaner, languages));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    report(results, failures);
    System.out.printf(Locale.ROOT, "%d pages in %d ms%n", results.size(), millis);
  }

  private static Map<String, String> languages(Path manifest) throws IOException {
    Map<String, String> languages = new TreeMap<>();
    if (Files.exists(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields.length >= 2) {
          languages.put(fields[0], fields[1]);
        }
      }
    }
    return languages;
  }

  private static PageResult score(Path dir, Path goldFile, ArticleCleaner cleaner, Map<String, String> languages)
      throws IOException {
    String name = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
    JsonNode gold = JSON.readTree(goldFile.toFile());
    Path page = dir.resolve("html").resolve(name + ".html");
    String html = PageDecoder.decode(Files.readAllBytes(page), null);
    String text = collapse(cleaner.clean(RawDocument.of(name, "file:" + name, RawDocument.HTML, html)).text());
    Tally tally = new Tally();
    tally.pages = 1;
    List<String> missed = new ArrayList<>();
    List<String> leaked = new ArrayList<>();
    for (JsonNode snippet : gold.path("with")) {
      if (text.contains(collapse(snippet.asText()))) {
        tally.truePositives++;
      } else {
        tally.falseNegatives++;
        missed.add(snippet.asText());
      }
    }
    List<JsonNode> negatives = new ArrayList<>();
    gold.path("without").forEach(negatives::add);
    gold.path("comments").forEach(negatives::add);
    for (JsonNode snippet : negatives) {
      if (text.contains(collapse(snippet.asText()))) {
        tally.falsePositives++;
        leaked.add(snippet.asText());
      } else {
        tally.trueNegatives++;
      }
    }
    return new PageResult(name, languages.getOrDefault(name, "?"), tally, missed, leaked);
  }

  private static String collapse(String text) {
    return TextNormalizer.clean(text).replaceAll("\\s+", " ").strip();
  }

  private static void report(List<PageResult> results, int failures) {
    Tally all = new Tally();
    Map<String, Tally> byLanguage = new TreeMap<>();
    for (PageResult result : results) {
      all.add(result.tally());
      byLanguage.computeIfAbsent(result.language(), k -> new Tally()).add(result.tally());
    }
    results.stream()
        .sorted(Comparator.comparingInt((PageResult r) -> r.tally().errors()).reversed())
        .limit(failures)
        .forEach(r -> System.out.printf(Locale.ROOT, "FAIL %s [%s] missed=%s leaked=%s%n",
            r.name(), r.language(), r.missed(), r.leaked()));
    System.out.println(all.line("all"));
    System.out.println(byLanguage.getOrDefault("fr", new Tally()).line("fr"));
    byLanguage.forEach((language, tally) -> System.out.println(tally.line("  " + language)));
  }
}
