package io.newsflow.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What one fetch gave: the final response after redirects, or why there is none. A failure is
 * data here, never an exception, so that it can drive backoff and feed health.
 *
 * @param uri the last URI requested (after redirects)
 * @param status the HTTP status, or 0 when no response arrived
 * @param body the decompressed body (empty when none)
 * @param retryAfter how long the server asked us to wait (429/503), or null
 * @param error why the fetch failed, or null when a response arrived with a 2xx or 304
 */
public record FetchResult(
    URI uri,
    int status,
    String contentType,
    String etag,
    String lastModified,
    Duration retryAfter,
    byte[] body,
    String error) {

  public FetchResult {
    Objects.requireNonNull(uri, "uri");
    body = body == null ? new byte[0] : body;
  }

  static FetchResult failed(URI uri, int status, Duration retryAfter, String error) {
    return new FetchResult(uri, status, null, null, null, retryAfter, null, error);
  }

  public boolean ok() {
    return error == null && status >= 200 && status < 300;
  }

  public boolean notModified() {
    return error == null && status == 304;
  }
}
