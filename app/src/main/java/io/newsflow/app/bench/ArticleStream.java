package io.newsflow.app.bench;

import io.newsflow.app.bench.BenchDocument.Kind;
import io.newsflow.core.model.RawDocument;
import io.newsflow.enrich.entities.KnowledgeBase;
import io.newsflow.ingest.fetch.CanonicalUrl;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generated article stream, made one document at a time from {@code (seed, index)} alone, so
 * that it is the same at every run and never held in memory whole: a copy or follow-up
 * regenerates the earlier document it refers to.
 */
final class ArticleStream {

  /** Languages and their weights in the stream: mostly French and English. */
  static final Map<String, Integer> LANGUAGES = languages();
  private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
  private static final int LOOK_BACK = 300;
  private static final int TRIES = 8;
  private static final int HTML_PERCENT = 80;
  private static final long PLAN = 1;
  private static final long STORY = 2;
  private static final long TEXT = 3;
  private static final long PAGE = 4;

  private final long seed;
  private final int size;
  private final StreamShares shares;
  private final EntityPool pool;
  private final Map<String, PhraseBank> banks = new LinkedHashMap<>();
  private final Map<String, List<Site>> sites = new LinkedHashMap<>();
  private final ArticleWriter writer;
  private final PageRenderer pages = new PageRenderer();
  private final TextRenderer texts = new TextRenderer();

  ArticleStream(long seed, int size, StreamShares shares, EntityPool pool, SeedMaterial material) {
    if (size < 1) {
      throw new IllegalArgumentException("the stream needs at least one article: " + size);
    }
    this.seed = seed;
    this.size = size;
    this.shares = shares;
    this.pool = pool;
    this.writer = new ArticleWriter(material);
    for (String language : LANGUAGES.keySet()) {
      PhraseBank bank = PhraseBank.load(language);
      banks.put(language, bank);
      sites.put(language, Site.of(bank));
    }
  }

  /** A stream over the default knowledge base. */
  static ArticleStream create(long seed, int size, StreamShares shares, SeedMaterial material) {
    return new ArticleStream(seed, size, shares, new EntityPool(KnowledgeBase.loadDefault()), material);
  }

  int size() {
    return size;
  }

  /** The sentence banks the stream writes from, one per language. */
  Collection<PhraseBank> banks() {
    return List.copyOf(banks.values());
  }

  /** How many documents of each kind the stream holds. */
  Map<Kind, Integer> kinds() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0);
    }
    for (int i = 0; i < size; i++) {
      counts.merge(plan(i).kind(), 1, Integer::sum);
    }
    return counts;
  }

  BenchDocument document(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("document " + index + " of " + size);
    }
    Plan plan = plan(index);
    boolean copy = plan.kind() == Kind.EXACT_DUPLICATE || plan.kind() == Kind.NEAR_DUPLICATE;
    Fresh fresh = fresh(copy ? plan.source() : index);
    // An exact copy is the source's page (same furniture) under another URL.
    return plan.kind() == Kind.NEAR_DUPLICATE
        ? nearCopy(index, plan, fresh)
        : build(index, plan, fresh, fresh.site(), fresh.text(), fresh.pageRandom());
  }

  private BenchDocument nearCopy(int index, Plan plan, Fresh fresh) {
    SplittableRandom random = random(index, TEXT);
    PhraseBank bank = banks.get(fresh.text().language());
    int changed = 1 + random.nextInt(fresh.text().sentences().size() - 1);
    ArticleText text = fresh.text().withSentence(changed, writer.otherSentence(fresh.story(), bank, random));
    List<Site> choices = sites.get(bank.language());
    Site site = choices.get((choices.indexOf(fresh.site()) + 1 + random.nextInt(choices.size() - 1)) % choices.size());
    return build(index, plan, fresh, site, text, random(index, PAGE));
  }

  private BenchDocument build(int index, Plan plan, Fresh fresh, Site site, ArticleText text, SplittableRandom page) {
    PhraseBank bank = banks.get(text.language());
    Instant published = START.plusSeconds(index * 30L);
    String url = CanonicalUrl.of("https://" + site.domain() + "/" + fresh.story().topic() + "/"
        + published.toString().substring(0, 10).replace('-', '/') + "/" + PageRenderer.slug(text.title()) + "-" + index + ".html")
        .orElseThrow();
    Furniture furniture = new Furniture(bank, pool, fresh.story());
    String body = fresh.html()
        ? pages.render(text, site, url, published, fresh.author(), furniture, page)
        : texts.render(text, furniture, page);
    RawDocument raw = new RawDocument(RawDocument.SCHEMA_VERSION, url, url, fresh.html() ? RawDocument.HTML : RawDocument.TEXT,
        body, text.title(), text.summary(), published, fresh.author(), site.language(), site.feedUrl(),
        published.plusSeconds(60 + index % 120), null);
    return new BenchDocument(index, plan.kind(), plan.source(), fresh.story().id(), raw);
  }

  /** What a document is: its kind and the document it copies or follows (itself if original). */
  record Plan(Kind kind, int source) {}

  Plan plan(int index) {
    SplittableRandom random = random(index, PLAN);
    Kind nominal = nominalKind(index, random.nextDouble());
    if (nominal == Kind.ORIGINAL) {
      return new Plan(Kind.ORIGINAL, index);
    }
    for (int t = 0; t < TRIES; t++) {
      int earlier = index - 1 - random.nextInt(Math.min(index, LOOK_BACK));
      if (isFresh(nominalKind(earlier, random(earlier, PLAN).nextDouble()))) {
        return new Plan(nominal, earlier);
      }
    }
    return new Plan(Kind.ORIGINAL, index);
  }

  private Kind nominalKind(int index, double u) {
    if (index == 0) {
      return Kind.ORIGINAL;
    }
    if (u < shares.exactDuplicates()) {
      return Kind.EXACT_DUPLICATE;
    }
    if (u < shares.exactDuplicates() + shares.nearDuplicates()) {
      return Kind.NEAR_DUPLICATE;
    }
    return u < shares.exactDuplicates() + shares.nearDuplicates() + shares.followUps() ? Kind.FOLLOW_UP : Kind.ORIGINAL;
  }

  private static boolean isFresh(Kind kind) {
    return kind == Kind.ORIGINAL || kind == Kind.FOLLOW_UP;
  }

  /** The story whose first article is document {@code storyId}. */
  Story story(int storyId) {
    return Story.draw(storyId, pool, random(storyId, STORY));
  }

  /** The first article of the story that fresh document {@code index} belongs to. */
  int storyOf(int index) {
    int at = index;
    Plan plan = plan(at);
    while (plan.kind() == Kind.FOLLOW_UP) {
      at = plan.source();
      plan = plan(at);
    }
    return at;
  }

  /** An original or follow-up article: its story, site, words, type and author. */
  private record Fresh(Story story, Site site, ArticleText text, boolean html, String author, SplittableRandom pageRandom) {}

  private Fresh fresh(int index) {
    Story story = story(storyOf(index));
    SplittableRandom random = random(index, TEXT);
    String language = language(random);
    PhraseBank bank = banks.get(language);
    Site site = ArticleWriter.pick(sites.get(language), random);
    ArticleText text = writer.write(story, bank, random);
    boolean html = random.nextInt(100) < HTML_PERCENT;
    String author = ArticleWriter.pick(bank.words("authors"), random);
    return new Fresh(story, site, text, html, author, random(index, PAGE));
  }

  private static String language(SplittableRandom random) {
    int total = LANGUAGES.values().stream().mapToInt(Integer::intValue).sum();
    int draw = random.nextInt(total);
    for (Map.Entry<String, Integer> e : LANGUAGES.entrySet()) {
      draw -= e.getValue();
      if (draw < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private SplittableRandom random(int index, long salt) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (index + 1L) * 0xC2B2AE3D27D4EB4FL ^ salt * 0x165667B19E3779F9L);
  }

  private static Map<String, Integer> languages() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("fr", 55);
    weights.put("en", 38);
    weights.put("es", 7);
    return Collections.unmodifiableMap(weights);
  }
}
