package io.newsflow.bench;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.Subscription;
import io.newsflow.sink.match.Match;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Articles per second matched against 1,000, 10,000 and 100,000 standing subscriptions, one
 * thread. The subscriptions are a generated mix, like a monitoring service's: 35% entity ids,
 * 30% keywords, 15% phrases and 20% boolean combinations (OR, AND, NOT, fields). Their terms come
 * from a large vocabulary of names and words (as real subscriptions are about many different
 * things), and one word in fifty is a word of the seed corpus so that articles do match some
 * (the matches per article are printed at set-up). With {@code relevant=scaled} every
 * subscription may draw seed words, so the matches per article grow with the subscriptions (the
 * total work grows too); with {@code relevant=fixed} only the first 1,000 do, so the matches stay
 * the same and the extra subscriptions measure what the presearcher costs for queries that do not
 * concern the article. The articles are the five seeds (French, run from
 * the repository root) each tagged with eight entities of a 20,000-entity knowledge base.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatcherBenchmark {

  private static final int ENTITIES = 20_000;
  private static final int NAMES = 200_000;

  @Param({"1000", "10000", "100000"})
  public int subscriptions;

  @Param({"scaled", "fixed"})
  public String relevant;

  private SubscriptionMatcher matcher;
  private List<Article> articles;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Random random = new Random(42);
    List<String> seedWords = new ArrayList<>();
    articles = seedArticles(random, seedWords);
    matcher = new SubscriptionMatcher();
    List<Subscription> batch = new ArrayList<>();
    for (int i = 0; i < subscriptions; i++) {
      boolean mayMatch = relevant.equals("scaled") || i < 1_000;
      batch.add(Subscription.of("s" + i, query(new SplittableRandom(i), mayMatch ? seedWords : List.of())));
      if (batch.size() == 10_000) {
        matcher.putAll(batch);
        batch.clear();
      }
    }
    matcher.putAll(batch);
    long matches = articles.stream().mapToLong(a -> matcher.match(a).size()).sum();
    System.out.printf(Locale.ROOT, "%n%d subscriptions (%s), %.1f matches per article%n",
        matcher.size(), relevant, matches / (double) articles.size());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    matcher.close();
  }

  @Benchmark
  public List<Match> matchOneArticle() {
    Article article = articles.get(next);
    next = (next + 1) % articles.size();
    return matcher.match(article);
  }

  private static String query(SplittableRandom random, List<String> seedWords) {
    int kind = random.nextInt(100);
    if (kind < 35) {
      return "entity:" + entityId(skewed(random, ENTITIES));
    } else if (kind < 65) {
      return word(random, seedWords);
    } else if (kind < 80) {
      return "\"" + word(random, seedWords) + " " + word(random, seedWords) + "\"";
    }
    switch (random.nextInt(3)) {
      case 0:
        return "(" + word(random, seedWords) + " OR " + word(random, seedWords) + ") AND NOT "
            + word(random, seedWords);
      case 1:
        return "entity:" + entityId(skewed(random, ENTITIES)) + " AND (" + word(random, seedWords)
            + " OR title:" + word(random, seedWords) + ")";
      default:
        return "lang:fr AND " + word(random, seedWords) + " " + word(random, seedWords);
    }
  }

  /** A name of the large vocabulary, or one time in fifty a word of the seeds. */
  private static String word(SplittableRandom random, List<String> seedWords) {
    if (random.nextInt(50) == 0 && !seedWords.isEmpty()) {
      return seedWords.get(random.nextInt(seedWords.size()));
    }
    return name(skewed(random, NAMES));
  }

  /** Small numbers more often than large ones, as popular subjects are. */
  private static int skewed(SplittableRandom random, int bound) {
    double u = random.nextDouble();
    return (int) Math.min(bound - 1, Math.floor(Math.pow(bound, u)) - 1);
  }

  private static String name(int n) {
    return "nm" + Integer.toString(n, 36);
  }

  private static String entityId(int n) {
    return "org/e" + n;
  }

  private static List<Article> seedArticles(Random random, List<String> seedWords) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).toList();
        String text = String.join("\n", lines.subList(1, lines.size()));
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (token.length() > 4) {
            seedWords.add(token);
          }
        }
        articles.add(new Article(Article.SCHEMA_VERSION, file.getFileName().toString(),
            "file:" + file.getFileName(), lines.get(0), text, "fr", null, entities(random), List.of(),
            null, "example.org", null, 0, null));
      }
    }
    return articles;
  }

  private static List<EntityTag> entities(Random random) {
    List<EntityTag> tags = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = random.nextInt(ENTITIES);
      tags.add(new EntityTag(entityId(n), "Entity " + n, EntityType.ORG, 1, 0.5, List.of("E" + n)));
    }
    return tags;
  }
}
