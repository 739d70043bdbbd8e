package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.bench.BenchDocument.Kind;
import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.clean.ArticleCleaner;
import io.newsflow.ingest.fetch.CanonicalUrl;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleStreamTest {

  private static final SeedMaterial SEEDS = SeedMaterial.read(Path.of("").toAbsolutePath().getParent().resolve("seeds"));
  private static final StreamShares USUAL = new StreamShares(0.05, 0.05, 0.2);
  private static final ArticleStream STREAM = ArticleStream.create(42, 400, USUAL, SEEDS);
  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void givesTheSameDocumentsForTheSameSeed() {
    ArticleStream again = ArticleStream.create(42, 400, USUAL, SEEDS);
    for (int i = 0; i < 60; i++) {
      assertEquals(STREAM.document(i), again.document(i), "document " + i);
    }
  }

  @Test
  void givesOtherDocumentsForAnotherSeed() {
    ArticleStream other = ArticleStream.create(43, 400, USUAL, SEEDS);
    long same = IntStream.range(0, 60).filter(i -> other.document(i).raw().body().equals(STREAM.document(i).raw().body())).count();
    assertEquals(0, same);
  }

  @Test
  void holdsTheAskedSharesOfCopiesAndFollowUps() {
    assertShares(new StreamShares(0.05, 0.05, 0.2));
    assertShares(new StreamShares(0.2, 0.1, 0));
    assertShares(new StreamShares(0, 0, 0));
  }

  private static void assertShares(StreamShares shares) {
    int size = 5_000;
    Map<Kind, Integer> kinds = ArticleStream.create(7, size, shares, SeedMaterial.none()).kinds();
    assertEquals(size, kinds.values().stream().mapToInt(Integer::intValue).sum());
    assertNear(shares.exactDuplicates(), kinds.get(Kind.EXACT_DUPLICATE) / (double) size, "exact copies " + kinds);
    assertNear(shares.nearDuplicates(), kinds.get(Kind.NEAR_DUPLICATE) / (double) size, "near copies " + kinds);
    assertNear(shares.followUps(), kinds.get(Kind.FOLLOW_UP) / (double) size, "follow-ups " + kinds);
  }

  private static void assertNear(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 0.015, what + ": expected about " + expected + ", got " + actual);
  }

  @Test
  void exactCopyIsTheSamePageUnderAnotherUrl() {
    BenchDocument copy = first(d -> d.kind() == Kind.EXACT_DUPLICATE);
    RawDocument source = STREAM.document(copy.source()).raw();
    assertNotEquals(source.url(), copy.raw().url());
    assertEquals(host(source), host(copy.raw()));
    assertEquals(source.body().replace(source.url(), copy.raw().url()), copy.raw().body());
    assertEquals(cleaner.clean(source).text(), cleaner.clean(copy.raw()).text());
  }

  @Test
  void nearCopyChangesOneSentenceOnAnotherSite() {
    BenchDocument copy = first(d -> d.kind() == Kind.NEAR_DUPLICATE && d.raw().isHtml());
    RawDocument source = STREAM.document(copy.source()).raw();
    assertNotEquals(host(source), host(copy.raw()));
    List<String> before = sentences(cleaner.clean(source).text());
    List<String> after = sentences(cleaner.clean(copy.raw()).text());
    Set<String> gone = new HashSet<>(before);
    after.forEach(gone::remove);
    assertEquals(1, gone.size(), "sentences of the source missing from the copy: " + gone);
    assertEquals(before.size(), after.size());
  }

  @Test
  void followUpIsANewArticleOnTheSameStory() {
    BenchDocument followUp = first(d -> d.kind() == Kind.FOLLOW_UP);
    BenchDocument earlier = STREAM.document(followUp.source());
    assertEquals(earlier.story(), followUp.story());
    List<String> written = sentences(cleaner.clean(followUp.raw()).text());
    Set<String> shared = new HashSet<>(sentences(cleaner.clean(earlier.raw()).text()));
    shared.retainAll(written);
    // Like real follow-ups, it may repeat some background, but most of it is new.
    assertTrue(shared.size() < written.size() / 3, "a follow-up is mostly new, but shares " + shared);
  }

  @Test
  void keysDocumentsByCanonicalUrlLikeIngest() {
    for (int i = 0; i < 50; i++) {
      RawDocument raw = STREAM.document(i).raw();
      assertEquals(raw.url(), raw.id());
      assertEquals(CanonicalUrl.of(raw.url()).orElseThrow(), raw.id());
      assertTrue(raw.feedUrl().startsWith("https://" + host(raw) + "/"), raw.feedUrl());
    }
  }

  @Test
  void mixesPageSizesTextsAndLanguagesLikeAFeedReader() {
    List<RawDocument> docs = IntStream.range(0, 400).mapToObj(i -> STREAM.document(i).raw()).toList();
    List<Integer> pages = docs.stream().filter(RawDocument::isHtml).map(d -> d.body().length()).sorted().toList();
    assertTrue(pages.get(0) < 8_000, "smallest page " + pages.get(0));
    assertTrue(pages.get(pages.size() - 1) > 80_000 && pages.get(pages.size() - 1) < 150_000, "largest page " + pages);
    long texts = docs.stream().filter(d -> !d.isHtml()).count();
    assertTrue(texts > 40 && texts < 120, texts + " texts");
    Map<String, Long> languages = docs.stream().collect(java.util.stream.Collectors.groupingBy(RawDocument::languageHint,
        java.util.stream.Collectors.counting()));
    assertTrue(languages.get("fr") > languages.get("en") && languages.get("en") > languages.get("es"), languages.toString());
    assertTrue(languages.get("fr") + languages.get("en") > 0.85 * docs.size(), languages.toString());
  }

  @Test
  void namesTheStorysEntitiesAsTheKnowledgeBaseDoes() {
    BenchDocument doc = first(d -> d.kind() == Kind.ORIGINAL && d.raw().languageHint().equals("fr"));
    Story story = STREAM.story(doc.story());
    String text = doc.raw().title() + "\n" + cleaner.clean(doc.raw()).text();
    assertTrue(text.contains(story.org().name()), story.org().name() + " in " + text);
    assertTrue(List.of(story.otherOrg(), story.person(), story.place(), story.product()).stream()
        .anyMatch(e -> text.contains(e.name())), story + " in " + text);
  }

  private static BenchDocument first(Predicate<BenchDocument> wanted) {
    return IntStream.range(0, STREAM.size()).mapToObj(STREAM::document).filter(wanted).findFirst().orElseThrow();
  }

  private static String host(RawDocument raw) {
    return URI.create(raw.url()).getHost();
  }

  private static List<String> sentences(String text) {
    return List.of(text.split("(?<=[.!?»\"])\\s+"));
  }
}
