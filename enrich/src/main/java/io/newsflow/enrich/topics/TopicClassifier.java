package io.newsflow.enrich.topics;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.TopicTag;
import java.util.List;

/** Scores an article against the topic taxonomy. */
public final class TopicClassifier {

  /** The topics of an article, best first. */
  public List<TopicTag> classify(String title, String text, List<EntityTag> entities) {
    return List.of();
  }
}
