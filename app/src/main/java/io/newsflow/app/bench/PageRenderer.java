package io.newsflow.app.bench;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds the HTML page of an article the way news sites do: consent banner, header and
 * navigation, breadcrumb, byline, share buttons, a photo, a "read also" box inside the body,
 * related and most-read lists, newsletter form, footer, and inline scripts, grown to a target
 * size between a few KB and about 100 KB.
 */
final class PageRenderer {

  private static final int SMALLEST = 3_000;
  private static final int LARGEST = 110_000;
  private static final String[] ARTICLE = {"article", "div class=\"article-content\"", "section data-role=\"story\""};
  private static final String[] BODY = {"div class=\"article-body\"", "div id=\"texte\" class=\"content txt\"", "div data-component=\"body\""};

  String render(ArticleText text, Site site, String url, Instant published, String author,
      Furniture furniture, SplittableRandom random) {
    int target = targetSize(random);
    StringBuilder page = new StringBuilder(target + 4_096);
    head(page, text, site, url, published, author);
    page.append("<body>\n");
    consent(page, furniture);
    header(page, site, furniture);
    article(page, text, site, published, author, furniture, random);
    lists(page, furniture, random, 6 + random.nextInt(6));
    newsletter(page, furniture, random);
    footer(page, furniture, random);
    pad(page, target, furniture, random);
    return page.append("</body>\n</html>\n").toString();
  }

  /** Log-uniform between a few KB and about 100 KB: most pages small, some large. */
  static int targetSize(SplittableRandom random) {
    double low = Math.log(SMALLEST);
    return (int) Math.exp(low + random.nextDouble() * (Math.log(LARGEST) - low));
  }

  private static void head(StringBuilder page, ArticleText text, Site site, String url, Instant published, String author) {
    String title = escape(text.title());
    page.append("<!DOCTYPE html>\n<html lang=\"").append(site.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(title).append(" | ").append(escape(site.name())).append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"description\" content=\"").append(escape(text.summary())).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\">\n")
        .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
        .append("<meta property=\"og:url\" content=\"").append(escape(url)).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(json(text.title())).append("\",\"datePublished\":\"").append(published)
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(json(author)).append("\"},")
        .append("\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(json(site.name())).append("\"}}</script>\n")
        .append("<style>body{font-family:Georgia,serif;margin:0}.site-header{display:flex}.nav a{padding:4px 8px}")
        .append(".article-body p{line-height:1.6}.related li{margin:6px 0}footer{background:#222;color:#eee}</style>\n")
        .append("</head>\n");
  }

  private static void consent(StringBuilder page, Furniture furniture) {
    page.append("<div id=\"cmp-banner\" class=\"consent\" role=\"dialog\"><p>")
        .append(escape(furniture.bank().section("consent").stream().findFirst().orElse(""))).append("</p>");
    furniture.labels("consent", 1).forEach(b -> page.append("<button>").append(escape(b)).append("</button>"));
    page.append("</div>\n");
  }

  private static void header(StringBuilder page, Site site, Furniture furniture) {
    page.append(site.style() == 1 ? "<div id=\"header\"><div id=\"menu\" class=\"nav\">" : "<header class=\"site-header\"><nav class=\"nav\">")
        .append("<a class=\"logo\" href=\"https://").append(site.domain()).append("/\">").append(escape(site.name())).append("</a><ul>");
    for (String label : furniture.bank().words("nav")) {
      page.append("<li><a href=\"/").append(slug(label)).append("/\">").append(escape(label)).append("</a></li>");
    }
    page.append(site.style() == 1 ? "</ul></div></div>\n" : "</ul></nav></header>\n");
  }

  private static void article(StringBuilder page, ArticleText text, Site site, Instant published, String author,
      Furniture furniture, SplittableRandom random) {
    String tag = ARTICLE[site.style()];
    page.append("<main>\n<").append(tag).append(">\n<div class=\"breadcrumb\"><a href=\"/\">")
        .append(escape(furniture.bank().words("nav").get(0))).append("</a> › <a href=\"/tech/\">Tech</a></div>\n")
        .append("<h1>").append(escape(text.title())).append("</h1>\n<div class=\"byline\"><span class=\"author\">")
        .append(escape(author)).append("</span> <time datetime=\"").append(published).append("\">")
        .append(published.toString(), 0, 10).append("</time></div>\n");
    share(page, furniture);
    page.append("<figure><img src=\"https://cdn.").append(site.domain()).append("/img/").append(random.nextInt(1_000_000))
        .append(".jpg\" alt=\"\"><figcaption>").append(escape(furniture.caption(random))).append("</figcaption></figure>\n");
    body(page, text, site, furniture, random);
    page.append("<p class=\"source\">").append(escape(furniture.source())).append("</p>\n");
    share(page, furniture);
    page.append("</").append(tag.split(" ")[0]).append(">\n");
  }

  private static void body(StringBuilder page, ArticleText text, Site site, Furniture furniture, SplittableRandom random) {
    String tag = BODY[site.style()];
    page.append("<").append(tag).append(">\n");
    List<String> paragraphs = text.paragraphs();
    int readAlso = paragraphs.size() > 2 ? 1 + random.nextInt(paragraphs.size() - 1) : -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i == readAlso) {
        page.append("<aside class=\"read-also\"><strong>").append(escape(furniture.relatedHeading(random))).append("</strong><ul>");
        furniture.headlines(2 + random.nextInt(3), random).forEach(h -> item(page, h, random));
        page.append("</ul></aside>\n");
      }
      page.append("<p>").append(escape(paragraphs.get(i))).append("</p>\n");
    }
    page.append("</").append(tag.split(" ")[0]).append(">\n");
  }

  private static void share(StringBuilder page, Furniture furniture) {
    page.append("<div class=\"share-buttons\">");
    furniture.bank().words("share").forEach(s -> page.append("<a class=\"share\" href=\"#\">").append(escape(s)).append("</a>"));
    page.append("</div>\n");
  }

  private static void lists(StringBuilder page, Furniture furniture, SplittableRandom random, int items) {
    page.append("<aside class=\"related\"><h2>").append(escape(furniture.relatedHeading(random))).append("</h2><ul>");
    furniture.headlines(items, random).forEach(h -> item(page, h, random));
    page.append("</ul></aside>\n</main>\n");
  }

  private static void newsletter(StringBuilder page, Furniture furniture, SplittableRandom random) {
    page.append("<div class=\"newsletter-box\"><p>").append(escape(furniture.line("newsletter", 0, random)))
        .append("</p><form action=\"/newsletter\"><input type=\"email\" name=\"email\"><button>OK</button></form><p class=\"legal\">")
        .append(escape(furniture.line("newsletter", 1, random))).append("</p></div>\n");
  }

  private static void footer(StringBuilder page, Furniture furniture, SplittableRandom random) {
    page.append("<footer><ul>");
    furniture.labels("footer", 0).forEach(l -> page.append("<li><a href=\"/").append(slug(l)).append("\">").append(escape(l)).append("</a></li>"));
    page.append("</ul><p>").append(escape(furniture.line("footer", 1, random))).append("</p></footer>\n");
  }

  /** Grows the page to its target with what fills real pages: more headline lists, then script. */
  private static void pad(StringBuilder page, int target, Furniture furniture, SplittableRandom random) {
    if (page.length() < target) {
      int headlines = Math.min(40, (target - page.length()) / 600);
      if (headlines > 0) {
        page.append("<section class=\"more-news\"><ul>");
        furniture.headlines(headlines, random).forEach(h -> item(page, h, random));
        page.append("</ul></section>\n");
      }
    }
    page.append("<script>window.__ADS__={\"slots\":[");
    for (int slot = 0; page.length() < target; slot++) {
      page.append(slot == 0 ? "" : ",").append("{\"id\":\"slot-").append(slot).append("\",\"sizes\":[[300,250],[728,90]],")
          .append("\"targeting\":{\"pos\":").append(random.nextInt(12)).append(",\"kw\":\"").append(Long.toHexString(random.nextLong()))
          .append("\"},\"lazy\":true,\"refresh\":").append(30 + random.nextInt(60)).append('}');
    }
    page.append("]};</script>\n");
  }

  private static void item(StringBuilder page, String headline, SplittableRandom random) {
    page.append("<li><a href=\"/").append(slug(headline)).append('-').append(random.nextInt(100_000)).append("\">")
        .append(escape(headline)).append("</a></li>");
  }

  /** ASCII, lower case, words joined by hyphens, at most 60 characters: the path of a URL. */
  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
  }
}
