package io.newsflow.enrich;

import io.newsflow.core.model.Article;
import io.newsflow.core.model.EntityTag;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.topics.TopicClassifier;
import java.util.List;

/** The tagging stage: entities from the knowledge base, then topics, on the clean text only. */
public final class ArticleTagger {

  private final EntityTagger entities;
  private final TopicClassifier topics;

  public ArticleTagger(EntityTagger entities, TopicClassifier topics) {
    this.entities = entities;
    this.topics = topics;
  }

  public Article tag(Article article) {
    List<EntityTag> found = entities.tag(article.title(), article.text());
    return article.withEntities(found)
        .withTopics(topics.classify(article.title(), article.text(), found));
  }

  /** The entity tagger, for live knowledge-base updates. */
  public EntityTagger entityTagger() {
    return entities;
  }
}
