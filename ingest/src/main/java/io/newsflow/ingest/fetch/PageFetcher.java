package io.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * GETs feeds and pages from the hostile web with the JDK HTTP client: conditional requests,
 * gzip and deflate, at most {@code maxRedirects} redirects each checked by the address guard,
 * a body cap applied after decompression, and a wall-clock deadline per hop that cuts off a
 * server dripping bytes. Every request to a host passes its {@link HostGate}. Failures come
 * back as a {@link FetchResult} with the reason; this class never throws for bad input.
 */
public final class PageFetcher {

  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
          + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

  private final FetchConfig config;
  private final HostGate gate;
  private final AddressGuard guard;
  private final HttpClient client;
  private final Clock clock;

  public PageFetcher(FetchConfig config, HostGate gate) {
    this(config, gate, Clock.systemUTC());
  }

  PageFetcher(FetchConfig config, HostGate gate, Clock clock) {
    this.config = config;
    this.gate = gate;
    this.clock = clock;
    this.guard = new AddressGuard(config.allowPrivateNetworks());
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** GETs {@code url}, following redirects, with the validators of {@code conditional}. */
  public FetchResult get(String url, Conditional conditional) {
    URI uri;
    try {
      uri = new URI(url.trim().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return FetchResult.failed(URI.create("about:invalid"), 0, null, "invalid URL: " + e.getMessage());
    }
    try {
      return follow(uri, conditional);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(uri, 0, null, "interrupted");
    }
  }

  private FetchResult follow(URI start, Conditional conditional) throws InterruptedException {
    URI uri = start;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      Optional<String> refused = guard.refuse(uri);
      if (refused.isPresent()) {
        return FetchResult.failed(uri, 0, null, refused.get());
      }
      HttpResponse<byte[]> response;
      try (HostGate.Pass pass = gate.enter(uri.getHost())) {
        response = send(uri, conditional);
      } catch (IOException | TimeoutException | CappedBody.TooLarge e) {
        return FetchResult.failed(uri, 0, null, reason(e));
      }
      Optional<URI> next = redirect(uri, response);
      if (next.isEmpty()) {
        return result(uri, response);
      }
      uri = next.get();
    }
    return FetchResult.failed(uri, 0, null, "too many redirects (more than " + config.maxRedirects() + ")");
  }

  private HttpResponse<byte[]> send(URI uri, Conditional conditional)
      throws IOException, TimeoutException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(config.deadline())
        .header("User-Agent", config.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip, deflate");
    if (conditional.etag() != null) {
      request.header("If-None-Match", conditional.etag());
    }
    if (conditional.lastModified() != null) {
      request.header("If-Modified-Since", conditional.lastModified());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.GET().build(), info -> new CappedBody(config.maxBytes()));
    try {
      return future.get(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new TimeoutException("no complete response within " + config.deadline().toMillis() + " ms");
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  private static IOException unwrap(Throwable cause) {
    if (cause instanceof CappedBody.TooLarge tooLarge) {
      throw tooLarge;
    }
    if (cause instanceof IOException io) {
      return io;
    }
    return new IOException(String.valueOf(cause.getMessage()), cause);
  }

  private Optional<URI> redirect(URI from, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      return Optional.empty();
    }
    return response.headers().firstValue("Location").flatMap(location -> {
      try {
        return Optional.of(from.resolve(new URI(location.trim().replace(" ", "%20"))));
      } catch (URISyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  private FetchResult result(URI uri, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    Duration retryAfter = response.headers().firstValue("Retry-After")
        .flatMap(value -> RetryAfter.parse(value, clock.instant())).orElse(null);
    if (status != 304 && (status < 200 || status >= 300)) {
      return FetchResult.failed(uri, status, retryAfter, "HTTP " + status);
    }
    byte[] body;
    try {
      body = decompress(response.body(), response.headers().firstValue("Content-Encoding").orElse(""));
    } catch (IOException | CappedBody.TooLarge e) {
      return FetchResult.failed(uri, status, null, reason(e));
    }
    return new FetchResult(uri, status, contentType,
        response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null), retryAfter, body, null);
  }

  private byte[] decompress(byte[] body, String encoding) throws IOException {
    String coding = encoding.trim().toLowerCase(Locale.ROOT);
    if (body.length == 0 || coding.isEmpty() || coding.equals("identity")) {
      return body;
    }
    if (coding.equals("gzip") || coding.equals("x-gzip")) {
      return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)));
    }
    if (coding.equals("deflate")) {
      boolean zlib = body.length > 1 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) * 256 + (body[1] & 0xFF)) % 31 == 0;
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)));
    }
    throw new IOException("unsupported Content-Encoding '" + encoding + "'");
  }

  private byte[] readCapped(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + n > config.maxBytes()) {
          throw new CappedBody.TooLarge(config.maxBytes());
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static String reason(Exception e) {
    if (e instanceof HttpTimeoutException) {
      return "timeout: " + e.getMessage();
    }
    if (e instanceof TimeoutException || e instanceof CappedBody.TooLarge) {
      return e.getMessage();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "network error: " + message;
  }
}
