package io.newsflow.bench;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.TopicTag;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.topics.TopicClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Tagging throughput with the full shipped knowledge base: one operation tags the five seed
 * articles (19,777 bytes of UTF-8), so MB/s = ops/s x 0.019777; single-threaded, so per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaggingBenchmark {

  private EntityTagger tagger;
  private TopicClassifier topics;
  private List<String[]> articles;

  @Setup
  public void setUp() {
    tagger = EntityTagger.withDefaultBase();
    topics = TopicClassifier.loadDefault();
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        int split = text.indexOf('\n');
        articles.add(new String[] {text.substring(0, split), text.substring(split + 1)});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root: seeds/ is read", e);
    }
  }

  @Benchmark
  public int entities() {
    int found = 0;
    for (String[] article : articles) {
      found += tagger.tag(article[0], article[1]).size();
    }
    return found;
  }

  @Benchmark
  public int entitiesAndTopics() {
    int found = 0;
    for (String[] article : articles) {
      List<EntityTag> tags = tagger.tag(article[0], article[1]);
      List<TopicTag> topicTags = topics.classify(article[0], article[1], tags);
      found += tags.size() + topicTags.size();
    }
    return found;
  }
}
