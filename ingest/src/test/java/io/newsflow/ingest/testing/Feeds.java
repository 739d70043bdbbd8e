package io.newsflow.ingest.testing;

/** Small RSS documents built for tests: a channel with items linking to pages of a server. */
public final class Feeds {

  private Feeds() {}

  /** An RSS 2.0 feed whose items link to {@code links} (guid = link), titles "Item N". */
  public static String rss(String title, String... links) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < links.length; i++) {
      items.append("<item><title>Item ").append(i + 1).append("</title><link>").append(links[i])
          .append("</link><description>Summary of item ").append(i + 1)
          .append("</description><pubDate>Tue, 05 Mar 2024 1").append(i % 10).append(":00:00 GMT</pubDate></item>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://example.org/</link>\n" + items + "</channel></rss>\n";
  }

  /** A small HTML article page. */
  public static String page(String title, String canonical) {
    String link = canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">";
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + link
        + "</head><body><article><h1>" + title + "</h1><p>Body of " + title + ".</p></article></body></html>";
  }
}
