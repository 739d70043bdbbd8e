package io.newsflow.enrich.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The taxonomy data file as read: a description and the topics. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Taxonomy(String about, List<Topic> topics) {

  Taxonomy {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
