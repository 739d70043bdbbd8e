package io.newsflow.enrich.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  /** Reads the metadata of {@code page}; call before the page is pruned. */
  static PageMetadata of(Document page) {
    JsonLdArticle jsonLd = JsonLdArticle.of(page);
    return new PageMetadata(title(page, jsonLd), date(page, jsonLd), author(page, jsonLd), language(page), jsonLd);
  }

  private static String title(Document page, JsonLdArticle jsonLd) {
    String stated = first(meta(page, "meta[property=og:title]"), jsonLd.headline(),
        meta(page, "meta[name=twitter:title]"), page.title());
    Element h1 = page.selectFirst("article h1, main h1, h1");
    String heading = h1 == null ? "" : h1.text().strip();
    if (!heading.isEmpty() && (stated.isEmpty() || stated.contains(heading))) {
      return heading;
    }
    return withoutSiteName(stated, meta(page, "meta[property=og:site_name]"));
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

  private static Instant date(Document page, JsonLdArticle jsonLd) {
    Instant date = DateParser.parse(jsonLd.datePublished());
    for (Element meta : page.select(DATE_META)) {
      date = date != null ? date : DateParser.parse(meta.attr("content"));
    }
    for (Element time : page.select("[itemprop=datePublished][datetime], time[datetime]")) {
      date = date != null ? date : DateParser.parse(time.attr("datetime"));
    }
    return date;
  }

  private static String author(Document page, JsonLdArticle jsonLd) {
    String articleAuthor = meta(page, "meta[property=article:author]");
    String author = first(jsonLd.author(), meta(page, "meta[name=author]"),
        articleAuthor.startsWith("http") ? "" : articleAuthor, meta(page, "meta[name=parsely-author]"),
        text(page, "[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]"));
    return author.isEmpty() ? null : author;
  }

  private static String language(Document page) {
    String declared = first(page.select("html[lang]").attr("lang"),
        meta(page, "meta[http-equiv=content-language]"), meta(page, "meta[property=og:locale]"));
    String code = declared.toLowerCase(Locale.ROOT).split("[-_,; ]", 2)[0];
    return LANGUAGE.matcher(code).matches() ? code : null;
  }

  private static String meta(Document page, String query) {
    Element meta = page.selectFirst(query);
    return meta == null ? "" : meta.attr("content").strip();
  }

  private static String text(Document page, String query) {
    Element element = page.selectFirst(query);
    return element == null ? "" : element.text().strip();
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
