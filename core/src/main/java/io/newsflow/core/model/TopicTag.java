package io.newsflow.core.model;

import java.util.Objects;

/** A topic of the taxonomy an article is about, with a score comparable across articles. */
public record TopicTag(String id, String label, double score) {

  public TopicTag {
    Objects.requireNonNull(id, "id");
    label = label == null ? id : label;
  }
}
