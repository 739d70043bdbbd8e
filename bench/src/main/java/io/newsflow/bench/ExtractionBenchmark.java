package io.newsflow.bench;

import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.clean.ArticleCleaner;
import io.newsflow.enrich.clean.CleanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Main-text extraction throughput (pages per second on one core) on news pages of realistic
 * size, grown from the cleaner's test fixtures the way real pages grow: a longer article, more
 * comments, more related-link lists and inline script payloads. Run from the project root:
 * {@code scripts/jmh -f 1 -wi 2 -i 3 ExtractionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  static final Path FIXTURES = Path.of("enrich/src/test/resources/clean");

  @Param({"html-fr-lire-aussi.html", "html-en-related-comments.html"})
  public String fixture;

  @Param({"50", "300"})
  public int kilobytes;

  private final ArticleCleaner cleaner = new ArticleCleaner();
  private RawDocument page;

  @Setup
  public void grow() throws IOException {
    Document document = Jsoup.parse(Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8));
    Element article = document.selectFirst("article, .story");
    Element paragraph = article.selectFirst("p:not([class])");
    Element furniture = document.selectFirst(".related, .related-stories");
    for (int round = 0; document.outerHtml().length() < kilobytes * 1024; round++) {
      paragraph.parent().appendChild(paragraph.clone().text(paragraph.text() + " (" + round + ")"));
      document.body().appendChild(furniture.clone());
      document.body().appendElement("div").addClass("comment").appendElement("p")
          .text(String.format(Locale.ROOT, "Comment %d: %s", round, paragraph.text()));
      document.body().appendElement("script").appendText("var data" + round + " = " + "[1,2,3,4],".repeat(40) + "0;");
    }
    page = RawDocument.of(fixture, "file:" + fixture, RawDocument.HTML, document.outerHtml());
  }

  @Benchmark
  public CleanText extract() {
    return cleaner.clean(page);
  }
}
