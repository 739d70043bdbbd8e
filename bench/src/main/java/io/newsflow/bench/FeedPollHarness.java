package io.newsflow.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.EmbeddedKafka;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Feed;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.registry.FeedRegistry;
import io.newsflow.ingest.registry.IngestTopics;
import io.newsflow.ingest.poll.FeedPoller;
import io.newsflow.ingest.poll.PollerStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import java.util.function.LongSupplier;

/**
 * How many feeds one ingest instance polls per minute, politeness off, against feeds served
 * on loopback, with an embedded broker taking the documents and feed state. Two phases: the
 * first pass (every feed new, each item's page fetched) and the steady state (every feed
 * unchanged, answered 304 to the conditional request).
 *
 * <p>{@code scripts/feed-poll-bench [feeds] [items-per-feed] [steady-seconds]}
 */
public final class FeedPollHarness {

  private static final String PAGE_BODY = "<p>" + "Une phrase de contenu pour remplir la page. ".repeat(40) + "</p>";

  private final int feeds;
  private final int items;

  private FeedPollHarness(int feeds, int items) {
    this.feeds = feeds;
    this.items = items;
  }

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int steadySeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    new FeedPollHarness(feeds, items).run(Duration.ofSeconds(steadySeconds));
  }

  private void run(Duration steady) throws Exception {
    Path dir = Files.createTempDirectory("newsflow-feed-bench");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::serve);
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, 0)) {
      Settings settings = Settings.defaultSettings()
          .with("ingest.allowPrivateNetworks", "true")
          .with("ingest.perHostConcurrency", "1000")
          .with("ingest.hostDelay", "0s")
          .with("ingest.minInterval", "1s")
          .with("ingest.maxInterval", "1s");
      Topics topics = Topics.withPrefix("bench.");
      register(settings, kafka.bootstrapServers(), topics, base);
      try (FeedPoller poller = IngestApp.create(settings, kafka.bootstrapServers(), topics)) {
        poller.start();
        measure(poller, steady);
      }
    } finally {
      server.stop(0);
    }
  }

  private void register(Settings settings, String bootstrap, Topics topics, String base)
      throws InterruptedException {
    List<Feed> list = new ArrayList<>();
    for (int f = 0; f < feeds; f++) {
      list.add(new Feed(Feed.SCHEMA_VERSION, base + "/feed/" + f + ".xml", null, Duration.ofSeconds(1), "fr",
          List.of(), true));
    }
    Properties client = IngestApp.clientProperties(settings, bootstrap);
    IngestTopics.ensure(client, topics, 1, (short) 1);
    try (Admin admin = Admin.create(client)) {
      admin.createTopics(List.of(new NewTopic(topics.raw().name(), 1, (short) 1))).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create " + topics.raw().name(), e.getCause());
    }
    try (FeedRegistry registry = new FeedRegistry(client, topics)) {
      registry.addMissing(list);
    }
  }

  private void measure(FeedPoller poller, Duration steady) throws InterruptedException {
    long start = System.nanoTime();
    waitFor(() -> poller.status().polls(), feeds);
    double firstPass = seconds(System.nanoTime() - start);
    System.out.printf(Locale.ROOT, "first pass: %d feeds, %d documents (feed + page fetched each) in %.1f s: "
        + "%.0f feeds/min, %.0f documents/s%n", feeds, poller.status().documents(), firstPass,
        feeds * 60 / firstPass, poller.status().documents() / firstPass);
    long pollsBefore = poller.status().polls();
    long steadyStart = System.nanoTime();
    Thread.sleep(steady.toMillis());
    double elapsed = seconds(System.nanoTime() - steadyStart);
    long polls = poller.status().polls() - pollsBefore;
    System.out.printf(Locale.ROOT, "steady state (every feed due each second, unchanged, 304): %d polls in %.1f s: "
        + "%.0f feeds/min%n", polls, elapsed, polls * 60 / elapsed);
  }

  private static void waitFor(LongSupplier count, long target) throws InterruptedException {
    long last = -1;
    while (count.getAsLong() < target) {
      long now = count.getAsLong();
      if (now != last) {
        System.err.printf(Locale.ROOT, "\r%d / %d feeds polled", now, target);
        last = now;
      }
      Thread.sleep(200);
    }
    System.err.println();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String etag = "\"v1\"";
    if (path.startsWith("/feed/")) {
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().add("ETag", etag);
      reply(exchange, "application/rss+xml; charset=utf-8", feed(path));
    } else {
      reply(exchange, "text/html; charset=utf-8", "<html><head><title>" + path + "</title></head><body>"
          + "<nav>Accueil | Monde | Économie</nav><article><h1>Article " + path + "</h1>" + PAGE_BODY
          + "</article><footer>Mentions légales</footer></body></html>");
    }
  }

  private String feed(String path) {
    String name = path.substring("/feed/".length(), path.length() - ".xml".length());
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>")
        .append("<title>Feed ").append(name).append("</title><link>http://127.0.0.1/</link>");
    for (int i = 0; i < items; i++) {
      xml.append("<item><title>Item ").append(i).append(" of feed ").append(name).append("</title><link>/page/")
          .append(name).append('/').append(i).append(".html</link><guid>").append(name).append('-').append(i)
          .append("</guid><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate>"
              + "<description>Résumé de l'article.</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  private static void reply(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
