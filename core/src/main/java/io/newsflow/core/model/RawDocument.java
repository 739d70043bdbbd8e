package io.newsflow.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest fetched or replayed, unchanged: the page or text plus the feed's metadata. It is
 * the replay log, so improving a later stage and replaying {@code raw} recomputes everything.
 *
 * @param id stable id of the document (canonical URL or corpus file name)
 * @param url canonical URL, or {@code file:NAME} for a replayed file
 * @param contentType {@link #HTML} or {@link #TEXT}
 * @param body the decoded page or text
 * @param fetchError why the page could not be fetched, when the body is the feed's own text
 */
public record RawDocument(
    int schemaVersion,
    String id,
    String url,
    String contentType,
    String body,
    String title,
    String summary,
    Instant publishedAt,
    String author,
    String languageHint,
    String feedUrl,
    Instant fetchedAt,
    String fetchError) {

  public static final int SCHEMA_VERSION = 1;
  public static final String HTML = "text/html";
  public static final String TEXT = "text/plain";

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    contentType = contentType == null ? TEXT : contentType;
  }

  /** A document with only what a replayed file gives: id, url, content type and body. */
  public static RawDocument of(String id, String url, String contentType, String body) {
    return new RawDocument(
        SCHEMA_VERSION, id, url, contentType, body, null, null, null, null, null, null, null, null);
  }

  public boolean isHtml() {
    return HTML.equals(contentType);
  }
}
