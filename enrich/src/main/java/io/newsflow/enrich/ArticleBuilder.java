package io.newsflow.enrich;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.RawDocument;
import io.newsflow.core.text.TextNormalizer;
import io.newsflow.enrich.clean.ArticleCleaner;
import io.newsflow.enrich.clean.CleanText;
import io.newsflow.enrich.language.LanguageDetector;
import java.net.URI;
import java.util.Locale;

/**
 * The first, stateless stage of enrich: cleans a RawDocument and detects its language, giving
 * an untagged Article whose content hash the dedupe stages compare.
 */
public final class ArticleBuilder {

  /**
   * The longest clean text an article may have: at three UTF-8 bytes a character at most, the
   * article still fits in a Kafka producer's default 1 MiB request, through every hop. The
   * longest news articles are a tenth of it.
   */
  public static final int MAX_TEXT_CHARS = 250_000;

  private final ArticleCleaner cleaner;
  private final LanguageDetector languages;

  public ArticleBuilder(ArticleCleaner cleaner, LanguageDetector languages) {
    this.cleaner = cleaner;
    this.languages = languages;
  }

  /**
   * @throws IllegalArgumentException when the clean text is over {@link #MAX_TEXT_CHARS}: the
   *     stage makes it a dead letter rather than fail to write it
   */
  public Article build(RawDocument raw) {
    CleanText clean = cleaner.clean(raw);
    if (clean.text().length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "document %s: clean text of %,d characters is too large for an article (at most %,d)",
          raw.id(), clean.text().length(), MAX_TEXT_CHARS));
    }
    String title = clean.title().isEmpty() && raw.title() != null ? raw.title() : clean.title();
    String hint = raw.languageHint() != null ? raw.languageHint() : clean.languageHint();
    return new Article(
        Article.SCHEMA_VERSION,
        raw.id(),
        raw.url(),
        title,
        clean.text(),
        languages.detect(title + "\n" + clean.text(), hint),
        raw.publishedAt() != null ? raw.publishedAt() : clean.publishedAt(),
        null,
        null,
        null,
        source(raw, clean),
        raw.author() != null ? raw.author() : clean.author(),
        0,
        TextNormalizer.contentHash(clean.text()));
  }

  /** The site an article comes from: its own host, else the source link it states, else its
   * feed's host. */
  static String source(RawDocument raw, CleanText clean) {
    for (String candidate : new String[] {raw.url(), clean.sourceLink(), raw.feedUrl()}) {
      String host = host(candidate);
      if (host != null) {
        return host;
      }
    }
    return null;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
