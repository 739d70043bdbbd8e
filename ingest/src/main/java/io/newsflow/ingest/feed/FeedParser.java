package io.newsflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;

/**
 * Parses one feed document with Rome after repairing it: text-level breakage first
 * ({@link FeedSanitizer}), then tree-level ({@code <rss>} without {@code <channel>}, dates
 * Rome cannot read rewritten to ISO 8601), then relative links resolved against the feed.
 * The XML parser refuses every DOCTYPE, so external entities and entity expansion bombs
 * never run.
 */
final class FeedParser {

  private static final Set<String> DATE_ELEMENTS = Set.of(
      "pubDate", "lastBuildDate", "date", "published", "updated", "issued", "modified", "created");
  private static final int SUMMARY_CHARS = 1000;

  private FeedParser() {}

  /** Parses {@code bytes} served with {@code contentType} (or null) from {@code source}. */
  static ParsedFeed parse(byte[] bytes, String contentType, String source) {
    if (bytes.length == 0) {
      return ParsedFeed.failed(source, "empty document");
    }
    try {
      Document document = xml(FeedSanitizer.sanitize(FeedDecoder.decode(bytes, contentType)));
      repair(document);
      String xmlLang = document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
      SyndFeed feed = new SyndFeedInput().build(document);
      return toParsed(feed, source, xmlLang);
    } catch (JDOMException | FeedException | IllegalArgumentException e) {
      return ParsedFeed.failed(source, "not a feed: " + oneLine(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return ParsedFeed.failed(source, "cannot parse: " + oneLine(String.valueOf(e.getMessage())));
    }
  }

  private static Document xml(String text) throws JDOMException, IOException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setExpandEntities(false);
    return builder.build(new StringReader(text));
  }

  private static void repair(Document document) {
    Element root = document.getRootElement();
    if (root.getName().equalsIgnoreCase("rss") && root.getChild("channel", root.getNamespace()) == null) {
      Element channel = new Element("channel", root.getNamespace());
      channel.addContent(root.removeContent());
      root.addContent(channel);
    }
    fixDates(root);
  }

  private static void fixDates(Element element) {
    if (DATE_ELEMENTS.contains(element.getName()) && element.getChildren().isEmpty()) {
      FeedDates.parse(element.getText()).ifPresent(instant -> element.setText(instant.toString()));
      return;
    }
    element.getChildren().forEach(FeedParser::fixDates);
  }

  private static ParsedFeed toParsed(SyndFeed feed, String source, String xmlLang) {
    String base = absolute(source, null);
    String feedLink = absolute(feed.getLink(), base);
    String entryBase = feedLink != null ? feedLink : base;
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(toEntry(entry, entryBase));
    }
    return new ParsedFeed(source, text(feed.getTitle()), feedLink, language(feed.getLanguage() != null ? feed.getLanguage() : xmlLang), entries, null);
  }

  private static FeedEntry toEntry(SyndEntry entry, String base) {
    String link = absolute(entry.getLink(), base);
    String id = blankToNull(entry.getUri());
    if (id != null && id.equals(blankToNull(entry.getLink()))) {
      id = link;
    }
    String content = richest(entry);
    String summary = entry.getDescription() != null ? entry.getDescription().getValue() : content;
    return new FeedEntry(
        id != null ? id : link,
        text(entry.getTitle()),
        link,
        instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
        shorten(text(summary)),
        text(entry.getAuthor()),
        content);
  }

  private static String richest(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content.getValue();
      }
    }
    return entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
  }

  /** {@code link} made absolute against {@code base}; null when it cannot be an http(s) URL. */
  static String absolute(String link, String base) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(link.trim().replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null) {
        uri = new URI(base).resolve(uri);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Markup-free, whitespace-collapsed text; null when empty. */
  private static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parse(value).text() : value;
    return blankToNull(plain.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim());
  }

  private static String shorten(String text) {
    return text == null || text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
  }

  private static String language(String language) {
    return language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").trim();
  }
}
