package io.newsflow.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A summary of one story: the articles that enrich grouped together. */
public record Story(
    int schemaVersion,
    String id,
    Instant firstSeen,
    Instant lastSeen,
    int size,
    List<String> languages,
    List<String> topEntities,
    List<String> articleIds) {

  public static final int SCHEMA_VERSION = 1;

  public Story {
    Objects.requireNonNull(id, "id");
    languages = languages == null ? List.of() : List.copyOf(languages);
    topEntities = topEntities == null ? List.of() : List.copyOf(topEntities);
    articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
  }
}
