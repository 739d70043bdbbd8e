package io.newsflow.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** A feed that ingest watches, as kept in the compacted {@code feeds} topic (key: url). */
public record Feed(
    int schemaVersion,
    String url,
    String title,
    Duration interval,
    String languageHint,
    List<String> tags,
    boolean enabled) {

  public static final int SCHEMA_VERSION = 1;

  public Feed {
    Objects.requireNonNull(url, "url");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
