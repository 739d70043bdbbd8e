package io.newsflow.bench;

import io.newsflow.core.kafka.JsonSerde;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What an article costs to write and read back in each format, as every repartition topic and
 * store does with it: JSON text ({@link JsonSerde#of}) against Smile ({@link JsonSerde#compact}).
 * One operation is the five seed articles, built and tagged as enrich does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerdeBenchmark {

  @Param({"json", "compact"})
  public String format;

  private JsonSerde<Article> serde;
  private List<Article> articles;

  @Setup
  public void load() throws IOException {
    serde = format.equals("json") ? JsonSerde.of(Article.class) : JsonSerde.compact(Article.class);
    EnrichTopology.Stages stages = EnrichApp.defaultStages();
    articles = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String name = seed.getFileName().toString();
        RawDocument document = RawDocument.of(name, "file:" + name, RawDocument.TEXT, Files.readString(seed, StandardCharsets.UTF_8));
        articles.add(stages.tagger().tag(stages.builder().build(document)));
      }
    }
  }

  @Benchmark
  public List<Article> roundTrip() {
    return articles.stream().map(article -> serde.read(serde.write(article))).toList();
  }
}
