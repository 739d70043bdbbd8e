package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of every request.
 *
 * @param allowPrivateNetworks allow loopback, private and link-local addresses (tests only)
 * @param connectTimeout time to open a connection
 * @param deadline wall-clock limit of a whole request, headers and body, per hop
 * @param maxBytes largest body accepted, after decompression
 * @param maxRedirects redirects followed before giving up
 * @param userAgent the User-Agent header sent
 */
public record FetchConfig(
    boolean allowPrivateNetworks,
    Duration connectTimeout,
    Duration deadline,
    int maxBytes,
    int maxRedirects,
    String userAgent) {

  public FetchConfig {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxBytes <= 0 || maxRedirects < 0) {
      throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
    }
  }
}
