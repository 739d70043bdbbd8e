package io.newsflow.bench;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichTopology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two stateless halves of enrich on the seed corpus, so that their shares of the work can
 * be compared: building the article (cleaning, language, content hash) and tagging it
 * (entities and topics). One operation is the five seeds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnrichStagesBenchmark {

  private EnrichTopology.Stages stages;
  private List<RawDocument> documents;
  private List<Article> built;

  @Setup
  public void load() throws IOException {
    stages = EnrichApp.defaultStages();
    documents = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String name = seed.getFileName().toString();
        documents.add(RawDocument.of(name, "file:" + name, RawDocument.TEXT,
            Files.readString(seed, StandardCharsets.UTF_8)));
      }
    }
    built = documents.stream().map(stages.builder()::build).toList();
  }

  @Benchmark
  public List<Article> build() {
    return documents.stream().map(stages.builder()::build).toList();
  }

  @Benchmark
  public List<Article> tag() {
    return built.stream().map(stages.tagger()::tag).toList();
  }
}
