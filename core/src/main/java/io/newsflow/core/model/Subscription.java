package io.newsflow.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A standing alert query and where its alerts go.
 *
 * @param query Lucene classic syntax over text, title, entity, topic, lang and source
 * @param webhook URL to POST alerts to, or null
 * @param file path of a JSON Lines file to append alerts to, or null
 * @param digest period of a digest (one message per story per period), or null for every alert
 */
public record Subscription(
    int schemaVersion, String id, String query, String webhook, String file, Duration digest) {

  public static final int SCHEMA_VERSION = 1;

  public Subscription {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a subscription needs an id");
    }
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("subscription " + id + " needs a query");
    }
  }

  public static Subscription of(String id, String query) {
    return new Subscription(SCHEMA_VERSION, id, query, null, null, null);
  }

  @Override
  public String toString() {
    return id + ": " + Objects.toString(query);
  }
}
