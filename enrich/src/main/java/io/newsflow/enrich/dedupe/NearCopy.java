package io.newsflow.enrich.dedupe;

/**
 * A near copy, before its original is named: its id and URL, how similar it is, and how the
 * index knows the original (the reference of its content and its record time).
 */
public record NearCopy(String id, String url, double similarity, int originalRef, long originalTime) {

  /** The record key that brings the copy to the partition holding its original's content. */
  public String originalKey() {
    return ContentDuplicates.contentKey(originalRef);
  }
}
