package io.newsflow.bench;

import io.newsflow.ingest.feed.FeedParsing;
import io.newsflow.ingest.feed.ParsedFeed;
import java.io.IOException;
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

/**
 * Feed parse and item extraction throughput: the broken and hostile test corpus of ingest
 * (one op = every file once, good and bad) and a 50-item French RSS feed of realistic size.
 * Run from the repository root so that {@code corpus} resolves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FeedParseBenchmark {

  @Param("ingest/src/test/resources/feeds")
  public String corpus;

  private List<byte[]> files;
  private byte[] bigFeed;

  @Setup
  public void load() throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(corpus))) {
      files = paths.sorted().map(FeedParseBenchmark::read).toList();
    }
    bigFeed = fiftyItems().getBytes(StandardCharsets.UTF_8);
  }

  /** Every corpus file once; returns the entries extracted so the work is not dead code. */
  @Benchmark
  public int corpusPass() {
    int entries = 0;
    for (byte[] file : files) {
      entries += FeedParsing.parse(file, null, "bench").entries().size();
    }
    return entries;
  }

  @Benchmark
  public ParsedFeed fiftyItemFeed() {
    return FeedParsing.parse(bigFeed, "application/rss+xml; charset=utf-8", "https://bench.example/rss");
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new IllegalStateException(path + ": " + e.getMessage(), e);
    }
  }

  private static String fiftyItems() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      items.append("<item><title>Microsoft et OpenAI : l&rsquo;accord n&deg;").append(i)
          .append(" est renégocié</title><link>https://news.example.com/tech/article-").append(i)
          .append(".html?xtor=RSS-1</link><guid isPermaLink=\"false\">art-").append(i)
          .append("</guid><pubDate>mardi ").append(1 + i % 28).append(" mars 2024 14:30:00 +0100</pubDate>")
          .append("<description><![CDATA[<p>").append("Les deux entreprises revoient les termes de leur partenariat. ".repeat(6))
          .append("</p>]]></description></item>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Tech</title>"
        + "<link>https://news.example.com/</link><language>fr</language>\n" + items + "</channel></rss>\n";
  }
}
