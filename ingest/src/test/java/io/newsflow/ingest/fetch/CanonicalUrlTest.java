package io.newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "HTTPS://News.Example.COM:443/a/b?id=3#comments|https://news.example.com/a/b?id=3",
    "http://example.com:80|http://example.com/",
    "http://example.com:8080/x|http://example.com:8080/x",
    "https://example.com/a/./b/../c|https://example.com/a/c",
    "https://example.com/p?utm_source=rss&utm_medium=feed&id=7&fbclid=abc|https://example.com/p?id=7",
    "https://example.com/p?gclid=1&mc_cid=2&mc_eid=3&xtor=RSS-12|https://example.com/p",
    "https://example.com/p?b=2&a=1|https://example.com/p?b=2&a=1",
    "https://example.com/a b|https://example.com/a%20b",
    "ftp://example.com/file|",
    "mailto:someone@example.com|",
    "/relative/path|",
    "not a url at all|",
  })
  void spellsEveryUrlOneWay(String url, String expected) {
    assertEquals(Optional.ofNullable(expected), CanonicalUrl.of(url));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "https://example.com/news/|../about?utm_campaign=x|https://example.com/about",
    "https://example.com/news/item|/canon#x|https://example.com/canon",
  })
  void resolvesRelativeLinks(String base, String href, String expected) {
    assertEquals(Optional.of(expected), CanonicalUrl.resolve(base, href));
  }
}
