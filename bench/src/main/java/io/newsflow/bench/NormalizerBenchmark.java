package io.newsflow.bench;

import io.newsflow.core.text.TextNormalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Cost of the shared text normalisation on an article-sized French text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NormalizerBenchmark {

  private final String text = "L’Élysée a annoncé qu’OpenAI et Microsoft renégocient leur accord. ".repeat(80);

  @Benchmark
  public String fold() {
    return TextNormalizer.fold(text);
  }
}
