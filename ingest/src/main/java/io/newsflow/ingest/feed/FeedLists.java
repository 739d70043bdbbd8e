package io.newsflow.ingest.feed;

import io.newsflow.core.model.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Feed lists in and out: OPML (outlines with {@code xmlUrl}, nested folders, {@code category}
 * as tags) or a plain list of one URL per line ({@code #} comments and blank lines ignored);
 * and OPML 2.0 for export. Parsed with jsoup's XML parser, which never expands entities.
 */
public final class FeedLists {

  private FeedLists() {}

  /** The feeds a file lists, OPML or one URL per line; each URL once, first wins. */
  public static List<Feed> read(Path file) {
    try {
      return parse(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** The feeds of an OPML document or of a list of URLs. */
  public static List<Feed> parse(String text) {
    String trimmed = text.strip().replace("\uFEFF", "");
    List<Feed> feeds = trimmed.startsWith("<") ? opml(trimmed) : lines(trimmed);
    Map<String, Feed> unique = new LinkedHashMap<>();
    feeds.forEach(feed -> unique.putIfAbsent(feed.url(), feed));
    return List.copyOf(unique.values());
  }

  private static List<Feed> opml(String text) {
    Document document = Jsoup.parse(text, "", Parser.xmlParser());
    List<Feed> feeds = new ArrayList<>();
    for (Element outline : document.select("outline[xmlUrl]")) {
      String title = outline.hasAttr("title") ? outline.attr("title") : outline.attr("text");
      List<String> tags = Arrays.stream(outline.attr("category").split(","))
          .map(tag -> tag.strip().replaceFirst("^/+", "")).filter(tag -> !tag.isEmpty()).toList();
      String language = outline.attr("language").strip();
      feeds.add(new Feed(Feed.SCHEMA_VERSION, outline.attr("xmlUrl").strip(), title.isBlank() ? null : title.strip(),
          null, language.isEmpty() ? null : language, tags, true));
    }
    return feeds;
  }

  private static List<Feed> lines(String text) {
    return text.lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> new Feed(Feed.SCHEMA_VERSION, line.split("\\s+")[0], null, null, null, List.of(), true))
        .toList();
  }

  /** An OPML 2.0 document listing {@code feeds}. */
  public static String toOpml(List<Feed> feeds, String title) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
        .append("  <head><title>").append(escape(title)).append("</title></head>\n  <body>\n");
    for (Feed feed : feeds) {
      String text = feed.title() == null ? feed.url() : feed.title();
      out.append("    <outline type=\"rss\" text=\"").append(escape(text))
          .append("\" title=\"").append(escape(text))
          .append("\" xmlUrl=\"").append(escape(feed.url())).append('"');
      if (!feed.tags().isEmpty()) {
        out.append(" category=\"").append(escape(String.join(",", feed.tags()))).append('"');
      }
      if (feed.languageHint() != null) {
        out.append(" language=\"").append(escape(feed.languageHint())).append('"');
      }
      out.append("/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString();
  }

  private static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
