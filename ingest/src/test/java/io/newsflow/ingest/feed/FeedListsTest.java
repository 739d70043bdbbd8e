package io.newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.core.model.Feed;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedListsTest {

  @Test
  void readsNestedOpmlOutlinesWithTitlesAndCategories() {
    String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>x</title></head><body>"
        + "<outline text=\"Tech\"><outline text=\"Le Monde &amp; co\" type=\"rss\" xmlUrl=\"https://lemonde.example/rss\" category=\"/news,tech\"/>"
        + "<outline title=\"Blog\" text=\"ignored\" xmlUrl=\" https://blog.example/atom \"/></outline>"
        + "<outline text=\"folder without feed\"/></body></opml>";
    assertEquals(List.of(
        new Feed(1, "https://lemonde.example/rss", "Le Monde & co", null, null, List.of("news", "tech"), true),
        new Feed(1, "https://blog.example/atom", "Blog", null, null, List.of(), true)), FeedLists.parse(opml));
  }

  @Test
  void readsOneUrlPerLineSkippingCommentsBlanksAndRepeats() {
    String list = "\uFEFF# my feeds\nhttps://a.example/rss\n\n  https://b.example/feed  \nhttps://a.example/rss\n";
    assertEquals(List.of("https://a.example/rss", "https://b.example/feed"),
        FeedLists.parse(list).stream().map(Feed::url).toList());
  }

  @Test
  void exportsOpmlThatReadsBackTheSame() {
    List<Feed> feeds = List.of(
        new Feed(1, "https://a.example/rss?x=1&y=2", "A \"quoted\" <title>", null, "fr", List.of("news"), true),
        new Feed(1, "https://b.example/feed", null, null, null, List.of(), true));
    List<Feed> read = FeedLists.parse(FeedLists.toOpml(feeds, "mine"));
    assertEquals(feeds.get(0), read.get(0));
    assertEquals(new Feed(1, "https://b.example/feed", "https://b.example/feed", null, null, List.of(), true), read.get(1));
  }
}
