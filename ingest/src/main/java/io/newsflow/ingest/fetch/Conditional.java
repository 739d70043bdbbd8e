package io.newsflow.ingest.fetch;

/**
 * The validators of a conditional GET, kept separately as the server gave them (either may be
 * null): {@code If-None-Match} and {@code If-Modified-Since}.
 */
public record Conditional(String etag, String lastModified) {

  public static final Conditional NONE = new Conditional(null, null);
}
