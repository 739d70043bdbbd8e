package io.newsflow.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.core.kafka.KafkaBroker;
import io.newsflow.core.kafka.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --feeds FILE}, as a user runs it (its own JVM, stopped with SIGTERM like
 * Ctrl-C), against a feed served on loopback: the items become articles and alerts in the
 * output files, an unchanged feed is polled conditionally, and the next run picks up only
 * what is new.
 */
@ExtendWith(KafkaBroker.class)
class RunIT {

  private static final Duration FLOW = Duration.ofMinutes(2);

  private static final String[] TITLES = {
      "Microsoft renégocie son partenariat avec OpenAI",
      "Le conseil municipal de Lyon vote son budget",
      "Le club de Nantes remporte le derby de l'Ouest",
      "Un épisode de grand froid attendu dans l'Est"};

  private static final String[] BODIES = {
      "<p>Microsoft et OpenAI ont conclu mardi un nouvel accord qui redéfinit leur partenariat, après des mois"
          + " de discussions sur la part du groupe de Redmond dans la future société.</p><p>Le texte prévoit que"
          + " Microsoft conserve l'accès aux modèles jusqu'en 2032, tandis qu'OpenAI pourra vendre ses services"
          + " à d'autres fournisseurs de cloud.</p>",
      "<p>Les élus lyonnais ont adopté lundi soir un budget de 1,2 milliard d'euros, marqué par une hausse des"
          + " dépenses consacrées aux écoles et aux transports.</p><p>L'opposition a dénoncé une trajectoire"
          + " d'endettement qu'elle juge intenable à moyen terme.</p>",
      "<p>Devant un stade comble, les Nantais se sont imposés deux buts à un face à Rennes grâce à un doublé de"
          + " leur attaquant en seconde période.</p><p>Cette victoire permet au club de remonter à la septième"
          + " place du classement avant la trêve.</p>",
      "<p>Météo-France prévoit des températures inférieures à moins dix degrés dans plusieurs départements de"
          + " l'Est à partir de jeudi.</p><p>Les préfectures appellent à la vigilance sur les routes et à"
          + " l'attention envers les personnes sans abri.</p>"};

  private HttpServer server;
  private final Map<String, List<String>> requests = new ConcurrentHashMap<>();
  private volatile String feed;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void watchesFeedsThroughToAlertsAndContinuesWhereItStopped(KafkaBroker broker, @TempDir Path tmp) throws Exception {
    Topics topics = Topics.withPrefix(KafkaBroker.uniquePrefix("run"));
    Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "# feeds\n" + url("/feed.xml") + "\n");
    Path subscriptions = Files.writeString(tmp.resolve("subscriptions.json"),
        "[{\"id\": \"microsoft\", \"query\": \"microsoft\"}]");
    List<String> args = List.of("run", "--feeds", feeds.toString(), "--subscriptions", subscriptions.toString());
    Path out = tmp.resolve("out");
    feed = rss(1, 2, 3);

    try (ServiceProcess run = ServiceProcess.start(Newsflow.class, args, env(broker, topics, tmp), tmp.resolve("run-1.log"))) {
      await().atMost(FLOW).until(() -> lines(out.resolve("articles.jsonl")).size() >= 3
          && !lines(out.resolve("alerts.jsonl")).isEmpty() && requests("/feed.xml").size() >= 3);
      assertTrue(run.alive(), "run died; see " + tmp.resolve("run-1.log"));
    }
    assertEquals(3, lines(out.resolve("articles.jsonl")).size());
    List<String> alerts = lines(out.resolve("alerts.jsonl"));
    assertEquals(1, alerts.size(), alerts::toString);
    assertTrue(alerts.get(0).contains(url("/articles/1")), alerts.get(0));
    List<String> polls = requests("/feed.xml");
    assertNull(polls.get(0), "the first poll is unconditional");
    assertEquals("\"v3\"", polls.get(polls.size() - 1), "later polls send the ETag back");
    assertFalse(log(tmp, "run-1.log").contains(" ERROR "), "errors in " + tmp.resolve("run-1.log"));

    feed = rss(1, 2, 3, 4);
    int pollsBefore = requests("/feed.xml").size();
    try (ServiceProcess run = ServiceProcess.start(Newsflow.class, args, env(broker, topics, tmp), tmp.resolve("run-2.log"))) {
      await().atMost(FLOW).until(() -> lines(out.resolve("articles.jsonl")).size() >= 4
          && requests("/feed.xml").size() >= pollsBefore + 2);
      assertTrue(run.alive(), "run died; see " + tmp.resolve("run-2.log"));
    }
    assertEquals(4, lines(out.resolve("articles.jsonl")).size());
    for (int item = 1; item <= 4; item++) {
      assertEquals(1, requests("/articles/" + item).size(), "page " + item + " fetched once over both runs");
    }
  }

  private static Map<String, String> env(KafkaBroker broker, Topics topics, Path tmp) {
    Map<String, String> env = new TreeMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
    env.put("NEWSFLOW_TOPICS_PREFIX", topics.prefix());
    env.put("NEWSFLOW_TOPICS_PARTITIONS", "1");
    env.put("NEWSFLOW_ENRICH_APPLICATION_ID", topics.prefix() + "enrich");
    env.put("NEWSFLOW_SINK_APPLICATION_ID", topics.prefix() + "sink");
    env.put("NEWSFLOW_SINK_DELIVERY_GROUP_ID", topics.prefix() + "delivery");
    env.put("NEWSFLOW_STREAMS_STATE_DIR", tmp.resolve("state").toString());
    env.put("NEWSFLOW_SINK_OUT_DIR", tmp.resolve("out").toString());
    env.put("NEWSFLOW_METRICS_PORT", "0");
    env.put("NEWSFLOW_INGEST_ALLOW_PRIVATE_NETWORKS", "true");
    env.put("NEWSFLOW_INGEST_DEFAULT_INTERVAL", "1s");
    env.put("NEWSFLOW_INGEST_MIN_INTERVAL", "1s");
    env.put("NEWSFLOW_INGEST_MAX_INTERVAL", "2s");
    env.put("NEWSFLOW_INGEST_HOST_DELAY", "0ms");
    return env;
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(ifNoneMatch == null ? "" : ifNoneMatch);
    if (path.equals("/feed.xml")) {
      String current = feed;
      String etag = "\"v" + (current.split("<item>").length - 1) + "\"";
      if (etag.equals(ifNoneMatch)) {
        send(exchange, 304, "text/plain", "");
      } else {
        exchange.getResponseHeaders().set("ETag", etag);
        send(exchange, 200, "application/rss+xml; charset=utf-8", current);
      }
    } else if (path.startsWith("/articles/")) {
      send(exchange, 200, "text/html; charset=utf-8", page(Integer.parseInt(path.substring("/articles/".length()))));
    } else {
      send(exchange, 404, "text/plain", "not found");
    }
  }

  private List<String> requests(String path) {
    return requests.getOrDefault(path, List.of()).stream().map(h -> h.isEmpty() ? null : h)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private String rss(int... items) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Le Fil</title><link>" + url("/") + "</link><language>fr</language>");
    for (int item : items) {
      rss.append("<item><title>").append(TITLES[item - 1]).append("</title><link>").append(url("/articles/" + item))
          .append("</link><guid>").append(url("/articles/" + item)).append("</guid><pubDate>Mon, 23 Nov 2026 0")
          .append(item).append(":00:00 GMT</pubDate><description>Résumé ").append(item).append("</description></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static String page(int item) {
    return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + TITLES[item - 1]
        + " | Le Fil</title></head><body><nav><a href=\"/\">Accueil</a> <a href=\"/eco\">Économie</a></nav>"
        + "<article><h1>" + TITLES[item - 1] + "</h1>" + BODIES[item - 1] + "</article>"
        + "<footer>© Le Fil — mentions légales — contact</footer></body></html>";
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, status == 304 ? -1 : bytes.length);
    try (OutputStream response = exchange.getResponseBody()) {
      if (status != 304) {
        response.write(bytes);
      }
    }
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(line -> !line.isBlank()).toList();
    }
  }

  private static String log(Path tmp, String name) throws IOException {
    return Files.readString(tmp.resolve(name), StandardCharsets.UTF_8);
  }
}
