package io.newsflow.enrich.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page states about its article besides the body (title, publication time, author,
 * language), read from the places publishers fill for search engines and social networks
 * first (JSON-LD, Open Graph, article meta), then from the visible markup.
 *
 * @param title the title without the site name, or empty
 * @param publishedAt the publication time, or null
 * @param author the author, or null
 * @param language the declared language (ISO 639-1), or null
 * @param jsonLd the page's JSON-LD article, {@link JsonLdArticle#NONE} when it has none
 */
record PageMetadata(String title, Instant publishedAt, String author, String language, JsonLdArticle jsonLd) {

  private static final Pattern SITE_SEPARATOR = Pattern.compile(" [|\\-–—·»:]{1,2} ");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final String DATE_META = "meta[property=article:published_time], meta[itemprop=datePublished], "
      + "meta[property=og:published_time], meta[name=pubdate], meta[name=publishdate], meta[name=date], "
      + "meta[name=dc.date.issued], meta[name=DC.date.issued], meta[name=dcterms.created], "
      + "meta[name=sailthru.date], meta[name=parsely-pub-date], meta[name=article.published]";
  /** Elements the queries below read: each query then looks at these few instead of walking the page. */
  private static final Set<String> CARRIER_NAMES = Set.of("meta", "h1", "time");
  /** The queries below, each parsed once: parsing them for every page cost a quarter of reading its metadata. */
  private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();

  /** Reads the metadata of {@code page}; call before the page is pruned. */
  static PageMetadata of(Document page) {
    List<Element> carriers = page.getAllElements().stream().filter(PageMetadata::isCarrier).toList();
    JsonLdArticle jsonLd = JsonLdArticle.of(all(carriers, "script[type=application/ld+json]"));
    return new PageMetadata(title(page, carriers, jsonLd), date(carriers, jsonLd), author(carriers, jsonLd),
        language(page, carriers), jsonLd);
  }

  private static String title(Document page, List<Element> carriers, JsonLdArticle jsonLd) {
    String stated = first(meta(carriers, "meta[property=og:title]"), jsonLd.headline(),
        meta(carriers, "meta[name=twitter:title]"), page.title());
    String heading = text(carriers, "h1");
    if (!heading.isEmpty() && (stated.isEmpty() || stated.contains(heading))) {
      return heading;
    }
    return withoutSiteName(stated, meta(carriers, "meta[property=og:site_name]"));
  }

  /** Drops a site name put before or after the title ("Title | Site", "Site - Title"). */
  static String withoutSiteName(String title, String siteName) {
    List<String> parts = new ArrayList<>(Arrays.asList(SITE_SEPARATOR.split(title.strip())));
    parts.removeIf(part -> part.equalsIgnoreCase(siteName.strip()) && !siteName.isBlank());
    if (parts.isEmpty()) {
      return title.strip();
    }
    if (parts.size() > 1 && parts.get(parts.size() - 1).length() * 2 < parts.get(0).length()) {
      parts.remove(parts.size() - 1);
    }
    return rejoin(title, parts);
  }

  private static String rejoin(String title, List<String> parts) {
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    int start = title.indexOf(first);
    int end = title.lastIndexOf(last) + last.length();
    return start >= 0 && end > start ? title.substring(start, end).strip() : first;
  }

  private static Instant date(List<Element> carriers, JsonLdArticle jsonLd) {
    Instant date = DateParser.parse(jsonLd.datePublished());
    for (Element meta : all(carriers, DATE_META)) {
      date = date != null ? date : DateParser.parse(meta.attr("content"));
    }
    for (Element time : all(carriers, "[itemprop=datePublished][datetime], time[datetime]")) {
      date = date != null ? date : DateParser.parse(time.attr("datetime"));
    }
    return date;
  }

  private static String author(List<Element> carriers, JsonLdArticle jsonLd) {
    String articleAuthor = meta(carriers, "meta[property=article:author]");
    String author = first(jsonLd.author(), meta(carriers, "meta[name=author]"),
        articleAuthor.startsWith("http") ? "" : articleAuthor, meta(carriers, "meta[name=parsely-author]"),
        text(carriers, "[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]"));
    return author.isEmpty() ? null : author;
  }

  private static String language(Document page, List<Element> carriers) {
    Element html = page.firstElementChild();
    String declared = first(html == null ? "" : html.attr("lang"),
        meta(carriers, "meta[http-equiv=content-language]"), meta(carriers, "meta[property=og:locale]"));
    String code = declared.toLowerCase(Locale.ROOT).split("[-_,; ]", 2)[0];
    return LANGUAGE.matcher(code).matches() ? code : null;
  }

  private static String meta(List<Element> carriers, String query) {
    List<Element> metas = all(carriers, query);
    return metas.isEmpty() ? "" : metas.get(0).attr("content").strip();
  }

  private static String text(List<Element> carriers, String query) {
    List<Element> elements = all(carriers, query);
    return elements.isEmpty() ? "" : elements.get(0).text().strip();
  }

  private static boolean isCarrier(Element element) {
    return CARRIER_NAMES.contains(element.normalName()) || element.hasAttr("itemprop")
        || NameCues.value(element, "rel").equals("author")
        || element.nameIs("script") && NameCues.value(element, "type").contains("ld+json");
  }

  /** The carriers that {@code query} selects, in page order. */
  private static List<Element> all(List<Element> carriers, String query) {
    Evaluator evaluator = QUERIES.computeIfAbsent(query, QueryParser::parse);
    return carriers.stream().filter(element -> element.is(evaluator)).toList();
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return "";
  }
}
