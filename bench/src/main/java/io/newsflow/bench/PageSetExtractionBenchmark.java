package io.newsflow.bench;

import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.clean.ArticleCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Main-text extraction throughput on a folder of real saved pages, one pass over all of them
 * per operation (pages/s = ops/s × the page count it prints). By default the extraction
 * development set next to the project: {@code scripts/jmh PageSetExtractionBenchmark}, or
 * {@code -p pages=DIR} for another folder of {@code .html} files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageSetExtractionBenchmark {

  @Param({"../shared/extraction-dev/html"})
  public String pages;

  private final ArticleCleaner cleaner = new ArticleCleaner();
  private List<RawDocument> documents;

  @Setup
  public void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(pages))) {
      documents = files.filter(file -> file.toString().endsWith(".html")).sorted().map(this::read).toList();
    }
    long bytes = documents.stream().mapToLong(document -> document.body().length()).sum();
    System.out.printf("%n%d pages, %,d characters in all%n", documents.size(), bytes);
  }

  private RawDocument read(Path file) {
    try {
      String html = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return RawDocument.of(file.getFileName().toString(), "file:" + file, RawDocument.HTML, html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public void extractAll(Blackhole sink) {
    for (RawDocument document : documents) {
      sink.consume(cleaner.clean(document));
    }
  }
}
