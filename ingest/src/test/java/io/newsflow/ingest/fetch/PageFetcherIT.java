package io.newsflow.ingest.fetch;

import static io.newsflow.ingest.testing.FixtureServer.ok;
import static io.newsflow.ingest.testing.FixtureServer.redirect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.testing.FixtureServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherIT {

  private static final int MAX_BYTES = 64 * 1024;
  private FixtureServer server;
  private PageFetcher fetcher;

  @BeforeEach
  void setUp() throws IOException {
    server = new FixtureServer();
    fetcher = new PageFetcher(new FetchConfig(true, Duration.ofSeconds(2), Duration.ofSeconds(2), MAX_BYTES, 5, "test"),
        HostGate.open());
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static byte[] compressed(byte[] bytes, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  private FixtureServer.Handler encoded(String encoding, byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", encoding);
      FixtureServer.send(exchange, 200, "application/rss+xml", body);
    };
  }

  @Test
  void decompressesGzipAndDeflate() throws IOException {
    byte[] text = "<rss>déjà</rss>".getBytes(StandardCharsets.UTF_8);
    server.on("/gz", encoded("gzip", compressed(text, true))).on("/df", encoded("deflate", compressed(text, false)));
    assertArrayEquals(text, fetcher.get(server.url("/gz"), Conditional.NONE).body());
    assertArrayEquals(text, fetcher.get(server.url("/df"), Conditional.NONE).body());
  }

  @Test
  void capsAGzipBombAfterDecompression() throws IOException {
    byte[] bomb = compressed(new byte[50 * 1024 * 1024], true);
    assertTrue(bomb.length < MAX_BYTES, "the bomb itself is small: " + bomb.length);
    server.on("/bomb", encoded("gzip", bomb));
    FetchResult result = fetcher.get(server.url("/bomb"), Conditional.NONE);
    assertEquals("response larger than " + MAX_BYTES + " bytes", result.error());
  }

  @Test
  void capsAnOversizedPlainBody() {
    server.on("/big", ok("text/html", "x".repeat(MAX_BYTES + 1)));
    assertEquals("response larger than " + MAX_BYTES + " bytes", fetcher.get(server.url("/big"), Conditional.NONE).error());
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    for (int i = 0; i < 5; i++) {
      server.on("/hop" + i, redirect(i % 2 == 0 ? 301 : 307, "/hop" + (i + 1)));
    }
    server.on("/hop5", ok("text/html", "arrived"));
    FetchResult result = fetcher.get(server.url("/hop0"), Conditional.NONE);
    assertEquals("arrived", new String(result.body(), StandardCharsets.UTF_8));
    assertEquals(server.url("/hop5"), result.uri().toString());
  }

  @Test
  void stopsAfterFiveRedirects() {
    for (int i = 0; i < 6; i++) {
      server.on("/r" + i, redirect(302, "/r" + (i + 1)));
    }
    server.on("/r6", ok("text/html", "too far"));
    assertEquals("too many redirects (more than 5)", fetcher.get(server.url("/r0"), Conditional.NONE).error());
  }

  @Test
  void stopsARedirectLoop() {
    server.on("/ping", redirect(302, "/pong")).on("/pong", redirect(302, "/ping"));
    assertEquals("too many redirects (more than 5)", fetcher.get(server.url("/ping"), Conditional.NONE).error());
    assertEquals(3, server.requests("/ping").size());
  }

  @Test
  void checksEveryRedirectHopAgainstPrivateNetworks() {
    PageFetcher guarded = new PageFetcher(new FetchConfig(false, Duration.ofSeconds(2), Duration.ofSeconds(2), MAX_BYTES, 5, "t"),
        HostGate.open());
    FetchResult result = guarded.get(server.url("/anything"), Conditional.NONE);
    assertTrue(result.error().startsWith("blocked: 127.0.0.1"), result.error());
    assertTrue(server.requests("/anything").isEmpty());
    assertTrue(guarded.get("file:///etc/passwd", Conditional.NONE).error().startsWith("unsupported scheme"));
  }

  @Test
  void cutsOffAServerThatDripsBytes() {
    CountDownLatch answered = new CountDownLatch(1);
    server.on("/drip", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      try {
        // One byte every 100 ms until the fetch has given up and the test is over.
        while (!answered.await(100, TimeUnit.MILLISECONDS)) {
          out.write('x');
          out.flush();
        }
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    });
    FetchResult result = fetcher.get(server.url("/drip"), Conditional.NONE);
    answered.countDown();
    assertEquals("no complete response within 2000 ms", result.error());
  }

  @Test
  void sendsValidatorsAndReportsNotModified() {
    server.on("/cond", FixtureServer.withEtag("\"e1\"", "application/rss+xml", "<rss/>"));
    FetchResult first = fetcher.get(server.url("/cond"), Conditional.NONE);
    assertEquals("\"e1\"", first.etag());
    assertEquals("Tue, 05 Mar 2024 10:00:00 GMT", first.lastModified());
    FetchResult second = fetcher.get(server.url("/cond"), new Conditional(first.etag(), first.lastModified()));
    assertTrue(second.notModified());
    assertEquals(0, second.body().length);
  }

  @Test
  void reportsRetryAfterOnTooManyRequests() {
    server.on("/busy", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "120");
      FixtureServer.send(exchange, 429, "text/plain", new byte[] {'x'});
    });
    FetchResult result = fetcher.get(server.url("/busy"), Conditional.NONE);
    assertEquals(429, result.status());
    assertEquals("HTTP 429", result.error());
    assertEquals(Duration.ofSeconds(120), result.retryAfter());
  }
}
