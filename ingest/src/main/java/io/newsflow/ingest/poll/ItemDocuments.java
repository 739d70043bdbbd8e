package io.newsflow.ingest.poll;

import io.newsflow.core.model.Feed;
import io.newsflow.core.model.RawDocument;
import io.newsflow.core.text.PageDecoder;
import io.newsflow.ingest.feed.FeedEntry;
import io.newsflow.ingest.feed.ParsedFeed;
import io.newsflow.ingest.fetch.CanonicalUrl;
import io.newsflow.ingest.fetch.Conditional;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a new feed item into the RawDocument of its page: fetched with the same politeness and
 * limits as feeds, decoded by {@link PageDecoder}, identified by its canonical URL
 * ({@code <link rel=canonical>} when the page has one). When the page cannot be fetched, the
 * document carries the feed's own text and the reason in {@code fetchError}.
 */
final class ItemDocuments {

  /**
   * The longest page forwarded to {@code raw}: with JSON escaping and multi-byte characters the
   * document stays under the 1 MiB a Kafka record may have by default. Longer pages lose their
   * scripts and styles first (enrich reads neither, except JSON-LD), and are left out if that is
   * not enough.
   */
  static final int MAX_PAGE_CHARS = 300_000;

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private final PageFetcher fetcher;
  private final boolean fetchPages;

  ItemDocuments(PageFetcher fetcher, boolean fetchPages) {
    this.fetcher = fetcher;
    this.fetchPages = fetchPages;
  }

  /** The document of {@code entry}, or empty when the item has no http(s) link. */
  Optional<RawDocument> document(Feed feed, ParsedFeed parsed, FeedEntry entry, Instant now) {
    Optional<String> link = CanonicalUrl.of(entry.link());
    if (link.isEmpty()) {
      return Optional.empty();
    }
    if (!fetchPages) {
      return Optional.of(fromFeed(feed, parsed, entry, link.get(), null, now));
    }
    FetchResult page = fetcher.get(link.get(), Conditional.NONE);
    String type = mediaType(page.contentType());
    if (page.ok() && (type.isEmpty() || type.contains("html") || type.equals("text/plain"))) {
      return Optional.of(fromPage(feed, parsed, entry, link.get(), page, type, now));
    }
    String reason = page.ok() ? "not a page: " + type : page.error();
    return Optional.of(fromFeed(feed, parsed, entry, link.get(), reason, now));
  }

  private RawDocument fromPage(Feed feed, ParsedFeed parsed, FeedEntry entry, String link,
      FetchResult page, String type, Instant now) {
    boolean html = !type.equals("text/plain");
    Optional<String> forwardable = forwardable(PageDecoder.decode(page.body(), charset(page.contentType())), html);
    if (forwardable.isEmpty()) {
      return fromFeed(feed, parsed, entry, link, String.format(Locale.ROOT,
          "page too large to forward: over %,d characters without its scripts and styles", MAX_PAGE_CHARS), now);
    }
    String body = forwardable.get();
    String finalUrl = CanonicalUrl.of(page.uri().toString()).orElse(link);
    String id = html ? relCanonical(body, page.uri().toString()).orElse(finalUrl) : finalUrl;
    return document(feed, parsed, entry, id, html ? RawDocument.HTML : RawDocument.TEXT, body, null, now);
  }

  private RawDocument fromFeed(Feed feed, ParsedFeed parsed, FeedEntry entry, String link, String error, Instant now) {
    String body = entry.content() != null ? entry.content()
        : entry.summary() != null ? entry.summary() : entry.title() != null ? entry.title() : "";
    String type = entry.content() != null ? RawDocument.HTML : RawDocument.TEXT;
    return document(feed, parsed, entry, link, type, body, error, now);
  }

  private static RawDocument document(Feed feed, ParsedFeed parsed, FeedEntry entry, String id,
      String contentType, String body, String error, Instant now) {
    String language = feed.languageHint() != null ? feed.languageHint() : parsed.language();
    return new RawDocument(RawDocument.SCHEMA_VERSION, id, id, contentType, body, entry.title(),
        entry.summary(), entry.published(), entry.author(), language, feed.url(), now, error);
  }

  /** {@code body} if short enough, else without scripts and styles if that is, else empty. */
  static Optional<String> forwardable(String body, boolean html) {
    if (body.length() <= MAX_PAGE_CHARS) {
      return Optional.of(body);
    }
    if (!html) {
      return Optional.empty();
    }
    Document page = Jsoup.parse(body);
    page.select("script:not([type=application/ld+json]), style, svg, template").remove();
    page.outputSettings().prettyPrint(false);
    String slim = page.outerHtml();
    return slim.length() <= MAX_PAGE_CHARS ? Optional.of(slim) : Optional.empty();
  }

  /** The page's {@code <link rel=canonical>}, made absolute and canonical, if it has one. */
  static Optional<String> relCanonical(String html, String pageUrl) {
    Element link = Jsoup.parse(html, pageUrl).selectFirst("link[rel=canonical][href]");
    return link == null ? Optional.empty() : CanonicalUrl.of(link.absUrl("href"));
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }
}
