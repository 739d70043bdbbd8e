package io.newsflow.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.EmbeddedKafka;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Feed;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.poll.FeedPoller;
import io.newsflow.ingest.poll.PollerStatus;
import io.newsflow.ingest.registry.FeedRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * How many feeds one ingest instance polls a minute, politeness off, against a loopback server
 * serving N feeds of five items (and their pages), on an embedded broker: the first pass
 * (every item new, pages fetched, documents produced) and the steady state (every feed
 * unchanged). {@code scripts/feed-poll-harness [FEEDS] [SECONDS]}.
 */
public final class FeedPollHarness {

  private static final int ITEMS = 5;

  private FeedPollHarness() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Duration steady = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
    Path data = Files.createTempDirectory("feed-poll-harness");
    HttpServer server = server();
    try (EmbeddedKafka broker = EmbeddedKafka.start(data, 0)) {
      Topics topics = Topics.withPrefix("harness.");
      createTopics(broker.bootstrapServers(), topics);
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Settings settings = Settings.defaultSettings()
          .with("ingest.allowPrivateNetworks", "true")
          .with("ingest.defaultInterval", "1s").with("ingest.minInterval", "1s")
          .with("ingest.concurrency", "32").with("ingest.perHostConcurrency", "32")
          .with("ingest.hostDelay", "0s");
      Properties client = IngestApp.clientProperties(settings, broker.bootstrapServers());
      try (FeedRegistry registry = new FeedRegistry(client, topics)) {
        registry.addMissing(IntStream.range(0, feeds)
            .mapToObj(i -> new Feed(Feed.SCHEMA_VERSION, base + "/feed/" + i + ".xml", null, null, null, null, true))
            .toList());
      }
      try (FeedPoller poller = IngestApp.create(settings, broker.bootstrapServers(), topics)) {
        long start = System.nanoTime();
        poller.start();
        while (poller.status().polls() < feeds) {
          Thread.sleep(200);
        }
        double firstPass = (System.nanoTime() - start) / 1e9;
        PollerStatus afterFirst = poller.status();
        Thread.sleep(steady.toMillis());
        PollerStatus after = poller.status();
        System.out.printf(Locale.ROOT, "first pass: %d feeds, %d documents in %.1f s = %.0f feeds/min%n",
            feeds, afterFirst.documents(), firstPass, feeds / firstPass * 60);
        System.out.printf(Locale.ROOT, "steady state (unchanged feeds): %d polls in %d s = %.0f polls/min%n",
            after.polls() - afterFirst.polls(), steady.toSeconds(),
            (after.polls() - afterFirst.polls()) * 60.0 / steady.toSeconds());
      }
    } finally {
      server.stop(0);
    }
  }

  private static HttpServer server() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/feed/", exchange -> {
      String id = exchange.getRequestURI().getPath().replaceAll("\\D", "");
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
          + "<title>Feed " + id + "</title><link>" + base + "/</link>");
      for (int item = 0; item < ITEMS; item++) {
        rss.append("<item><title>Article ").append(id).append('-').append(item).append("</title><link>")
            .append(base).append("/page/").append(id).append('-').append(item).append(".html</link><guid>")
            .append(id).append('-').append(item).append("</guid><description>Résumé de l'article.</description></item>");
      }
      respond(exchange, "application/rss+xml; charset=utf-8", rss.append("</channel></rss>").toString());
    });
    server.createContext("/page/", exchange -> respond(exchange, "text/html; charset=utf-8",
        "<html lang=\"fr\"><head><title>Article</title></head><body><article><p>"
            + "Le conseil a voté le budget de l'année après un long débat. ".repeat(20) + "</p></article></body></html>"));
    server.start();
    return server;
  }

  private static void respond(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(body.hashCode()) + "\"");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void createTopics(String bootstrap, Topics topics) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      List<NewTopic> all = topics.all().stream()
          .map(t -> new NewTopic(t.name(), 3, (short) 1)
              .configs(t.compacted() ? Map.of("cleanup.policy", "compact") : Map.of()))
          .toList();
      admin.createTopics(all).all().get();
    }
  }
}
