package io.newsflow.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A subscription matched an article.
 *
 * @param id idempotency key: the same subscription and article always give the same id
 * @param matched why it matched: the fields and terms or entities that did
 * @param update true when an earlier article of the same story already raised an alert
 * @param storyCount how many articles of the story have matched so far
 */
public record Alert(
    int schemaVersion,
    String id,
    String subscriptionId,
    String articleId,
    String storyId,
    String url,
    String title,
    List<String> matched,
    boolean update,
    int storyCount,
    String language,
    Instant publishedAt,
    String source) {

  public static final int SCHEMA_VERSION = 1;

  public Alert {
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(articleId, "articleId");
    id = id == null ? idFor(subscriptionId, articleId) : id;
    matched = matched == null ? List.of() : List.copyOf(matched);
  }

  /** The idempotency key of the alert that a subscription raises for an article. */
  public static String idFor(String subscriptionId, String articleId) {
    return subscriptionId + "|" + articleId;
  }
}
