package io.newsflow.core.model;

import java.util.Objects;

/**
 * Why a document was not kept as a new article: it copies one that was.
 *
 * @param duplicateOf id of the article kept
 * @param kind {@link #EXACT} or {@link #NEAR}
 * @param similarity 0..1
 */
public record DuplicateVerdict(
    int schemaVersion, String id, String url, String duplicateOf, String kind, double similarity) {

  public static final int SCHEMA_VERSION = 1;
  public static final String EXACT = "exact";
  public static final String NEAR = "near";

  public DuplicateVerdict {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    if (!EXACT.equals(kind) && !NEAR.equals(kind)) {
      throw new IllegalArgumentException("kind must be exact or near: " + kind);
    }
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity must be within 0..1: " + similarity);
    }
  }
}
