package io.newsflow.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 for fetch tests: each path answers with a handler the test
 * sets (and may change while running), and every request is logged with its headers and time.
 */
public final class FixtureServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** One request as the server saw it. */
  public record Request(String path, String ifNoneMatch, String ifModifiedSince, Instant at) {}

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::dispatch);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public FixtureServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(new Request(path, exchange.getRequestHeaders().getFirst("If-None-Match"),
        exchange.getRequestHeaders().getFirst("If-Modified-Since"), Instant.now()));
    Handler handler = handlers.get(path);
    try (exchange) {
      if (handler == null) {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        handler.handle(exchange);
      }
    }
  }

  /** Sends a complete response. */
  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    if (status == 304 || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A handler answering 200 with {@code body}. */
  public static Handler ok(String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> send(exchange, 200, contentType, bytes);
  }

  /** A handler that serves {@code body} with an ETag and answers 304 to a matching If-None-Match. */
  public static Handler withEtag(String etag, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT");
      boolean match = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
      send(exchange, match ? 304 : 200, contentType, match ? new byte[0] : bytes);
    };
  }

  /** A handler answering {@code status} with a Location header. */
  public static Handler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      send(exchange, status, null, new byte[0]);
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
