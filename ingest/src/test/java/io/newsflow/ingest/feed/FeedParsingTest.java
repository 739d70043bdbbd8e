package io.newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParsingTest {

  private static ParsedFeed fixture(String name) {
    return fixture(name, null);
  }

  private static ParsedFeed fixture(String name, String contentType) {
    return FeedParsing.parse(bytes(name), contentType, "https://feeds.example.com/" + name);
  }

  static byte[] bytes(String name) {
    try (InputStream in = FeedParsingTest.class.getResourceAsStream("/feeds/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> titles(ParsedFeed feed) {
    return feed.entries().stream().map(FeedEntry::title).toList();
  }

  @Test
  void readsAWellFormedRss2FeedWithItsMetadata() {
    ParsedFeed feed = fixture("rss20-basic.xml");
    assertNull(feed.error());
    assertEquals("Le Journal de la Tech", feed.title());
    assertEquals("https://news.example.com/", feed.link());
    assertEquals("fr-fr", feed.language());
    FeedEntry first = feed.entries().get(0);
    assertEquals(new FeedEntry("news-42", "Microsoft et OpenAI renégocient leur accord",
        "https://news.example.com/articles/accord?utm_source=rss&id=42#top",
        Instant.parse("2024-03-05T13:30:00Z"), "Les deux entreprises revoient les termes.",
        "Claire Martin", "<p>Les deux entreprises <b>revoient</b> les termes.</p>"), first);
    assertEquals("https://news.example.com/articles/second", feed.entries().get(1).id());
  }

  @Test
  void toleratesByteOrderMarkAndWhitespaceBeforeTheProlog() {
    ParsedFeed feed = fixture("bom-whitespace.xml");
    assertNull(feed.error());
    assertEquals(List.of("Élément unique"), titles(feed));
  }

  @Test
  void readsUndeclaredHtmlEntities() {
    ParsedFeed feed = fixture("html-entities.xml");
    assertNull(feed.error());
    assertEquals("Café Presse", feed.title());
    assertEquals(List.of("L’été de l’IA & du cloud …"), titles(feed));
    assertEquals("Très « important » &bogus;", feed.entries().get(0).summary());
  }

  @Test
  void escapesBareAmpersands() {
    ParsedFeed feed = fixture("bare-ampersand.xml");
    assertNull(feed.error());
    assertEquals("Tom & Jerry News", feed.title());
    assertEquals("https://amp.example.com/item?a=1&b=2", feed.entries().get(0).link());
    assertEquals("R&D && co", feed.entries().get(0).summary());
  }

  @Test
  void readsLegacyBytesMislabelledAsUtf8() {
    ParsedFeed feed = fixture("latin1-declared-utf8.xml");
    assertNull(feed.error());
    assertEquals("Actualités françaises", feed.title());
    assertEquals(List.of("Élysée : la réforme"), titles(feed));
  }

  @Test
  void readsLatin1DeclaredInTheProlog() {
    assertEquals(List.of("Noël à Besançon"), titles(fixture("latin1-declared-latin1.xml")));
  }

  @Test
  void prefersValidUtf8OverAWrongHttpCharset() {
    ParsedFeed feed = fixture("rss20-basic.xml", "text/xml; charset=ISO-8859-1");
    assertEquals("Microsoft et OpenAI renégocient leur accord", feed.entries().get(0).title());
  }

  @Test
  void followsTheHttpCharsetWhenTheBytesAreNotUtf8() {
    byte[] bytes = "<rss version=\"2.0\"><channel><title>Gr\u00fc\u00dfe</title><link>https://k.example/</link></channel></rss>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Grüße", FeedParsing.parse(bytes, "application/rss+xml; charset=iso-8859-15", "k").title());
  }

  @Test
  void readsUtf16WithoutByteOrderMarkWhenTheHeaderSaysSo() {
    byte[] bytes = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wide</title><link>https://w.example/</link></channel></rss>"
        .getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Wide", FeedParsing.parse(bytes, "text/xml; charset=utf-16be", "w").title());
  }

  @Test
  void wrapsItemsOfAnRssWithoutChannel() {
    ParsedFeed feed = fixture("rss-without-channel.xml");
    assertNull(feed.error());
    assertEquals("Sans canal", feed.title());
    assertEquals(List.of("Premier", "Deuxième"), titles(feed));
  }

  @Test
  void readsLocalisedAndNonRfc822Dates() {
    List<Instant> dates = fixture("french-dates.xml").entries().stream().map(FeedEntry::published).toList();
    assertEquals(Arrays.asList(
        Instant.parse("2024-03-05T13:30:00Z"),
        Instant.parse("2024-02-05T09:05:00Z"),
        Instant.parse("2024-03-05T14:30:00Z"),
        Instant.parse("2023-08-01T00:00:00Z"),
        Instant.parse("2024-03-05T13:30:00Z"),
        null), dates);
  }

  @Test
  void resolvesRelativeLinksAgainstXmlBase() {
    ParsedFeed feed = fixture("atom-xml-base.xml");
    assertNull(feed.error());
    FeedEntry entry = feed.entries().get(0);
    assertEquals("https://atom.example.org/blog/posts/first.html", entry.link());
    assertEquals("tag:atom.example.org,2024:1", entry.id());
    assertEquals(Instant.parse("2024-03-05T07:00:00Z"), entry.published());
    assertEquals("Ada", entry.author());
    assertEquals("First post summary.", entry.summary());
    assertEquals("en", feed.language());
  }

  @Test
  void resolvesRelativeItemLinksAgainstTheChannelLink() {
    assertEquals("https://n92.example.com/relative/item", fixture("rss092.xml").entries().get(0).link());
  }

  @Test
  void readsRss10Rdf() {
    ParsedFeed feed = fixture("rss10-rdf.xml");
    assertNull(feed.error());
    assertEquals(List.of("Eins"), titles(feed));
    assertEquals(Instant.parse("2024-03-04T11:00:00Z"), feed.entries().get(0).published());
  }

  @Test
  void readsAtom03() {
    ParsedFeed feed = fixture("atom03.xml");
    assertNull(feed.error());
    assertEquals("https://old.example.com/e1", feed.entries().get(0).link());
    // Rome maps an Atom 0.3 entry's <modified> to its date.
    assertEquals(Instant.parse("2024-03-01T10:00:00Z"), feed.entries().get(0).published());
  }

  @Test
  void readsRss091WithItsNetscapeDoctype() {
    ParsedFeed feed = fixture("rss091-doctype.xml");
    assertNull(feed.error());
    assertEquals(List.of("Café item"), titles(feed));
  }

  @Test
  void rejectsExternalEntities() {
    ParsedFeed feed = fixture("xxe.xml");
    assertTrue(feed.error().contains("DOCTYPE"), feed.error());
    assertTrue(feed.entries().isEmpty());
  }

  @Test
  void rejectsEntityExpansionBombs() {
    assertTrue(fixture("billion-laughs.xml").error().contains("DOCTYPE"));
  }

  @Test
  void reportsAPageThatIsNotAFeed() {
    assertTrue(fixture("not-a-feed.html").error().startsWith("not a feed"), fixture("not-a-feed.html").error());
  }

  @Test
  void reportsAnEmptyDocument() {
    assertEquals("empty document", FeedParsing.parse(new byte[0], null, "e").error());
  }

  @Test
  void printsOneJsonLinePerFeed() {
    String line = FeedParsing.jsonLine(fixture("rss092.xml"));
    assertEquals("{\"source\":\"https://feeds.example.com/rss092.xml\",\"title\":\"Ninety-two\","
        + "\"link\":\"https://n92.example.com/\",\"entries\":[{\"id\":\"https://n92.example.com/relative/item\","
        + "\"title\":\"Only item\",\"link\":\"https://n92.example.com/relative/item\"}]}", line);
    assertEquals("{\"source\":\"x\",\"entries\":[],\"error\":\"empty document\"}",
        FeedParsing.jsonLine(FeedParsing.parse(new byte[0], null, "x")));
  }
}
