package io.newsflow.ingest.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Feed;
import io.newsflow.ingest.feed.FeedLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBroker.class)
class FeedRegistryIT {

  private static FeedRegistry registry(KafkaBroker broker, String name) {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix(name));
    Properties client = new Properties();
    client.put("bootstrap.servers", broker.bootstrapServers());
    IngestTopics.ensure(client, topics, 1, (short) 1);
    return new FeedRegistry(client, topics);
  }

  @Test
  void addsListsAndRemovesFeedsByCanonicalUrl(KafkaBroker broker) {
    try (FeedRegistry registry = registry(broker, "registry")) {
      registry.add(new Feed(1, "HTTPS://Example.COM/rss?utm_source=x", null, Duration.ofMinutes(10), "fr", List.of("tech"), true));
      registry.add(new Feed(1, "https://other.example/atom", "Other", null, null, List.of(), true));
      assertEquals(List.of(
          new Feed(1, "https://example.com/rss", null, Duration.ofMinutes(10), "fr", List.of("tech"), true),
          new Feed(1, "https://other.example/atom", "Other", null, null, List.of(), true)), registry.list());
      assertTrue(registry.remove("https://example.com/rss"));
      assertFalse(registry.remove("https://never.example/rss"));
      assertEquals(List.of("https://other.example/atom"), registry.list().stream().map(Feed::url).toList());
      FeedStatus status = registry.statuses().get(0);
      assertNull(status.state());
      assertThrows(IllegalArgumentException.class, () -> registry.add(new Feed(1, "ftp://x/y", null, null, null, List.of(), true)));
    }
  }

  @Test
  void importsOpmlWithoutOverwritingAndExportsIt(KafkaBroker broker, @TempDir Path dir) throws Exception {
    try (FeedRegistry registry = registry(broker, "opml")) {
      registry.add(new Feed(1, "https://a.example/rss", "Mine", Duration.ofMinutes(5), null, List.of(), true));
      Path file = dir.resolve("feeds.opml");
      Files.writeString(file, FeedLists.toOpml(List.of(
          new Feed(1, "https://a.example/rss", "Theirs", null, null, List.of(), true),
          new Feed(1, "https://b.example/rss", "B", null, null, List.of(), true)), "t"), StandardCharsets.UTF_8);
      List<Feed> added = registry.importFile(file);
      assertEquals(List.of("https://b.example/rss"), added.stream().map(Feed::url).toList());
      assertEquals("Mine", registry.list().get(0).title());
      List<Feed> exported = FeedLists.parse(registry.exportOpml());
      assertEquals(List.of("Mine", "B"), exported.stream().map(Feed::title).toList());
    }
  }
}
