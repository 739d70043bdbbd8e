package io.newsflow.app.bench;

import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What one generated story is about: a topic and its cast of knowledge-base entities, shared by
 * the original article and its follow-ups (in any language).
 *
 * @param id the index of the story's first article in the stream
 */
record Story(int id, String topic, KnowledgeEntity org, KnowledgeEntity otherOrg, KnowledgeEntity person,
    KnowledgeEntity place, KnowledgeEntity product) {

  static final List<String> TOPICS =
      List.of("deal", "lawsuit", "launch", "earnings", "regulation", "partnership", "security");

  Story {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(otherOrg, "otherOrg");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(product, "product");
  }

  static Story draw(int id, EntityPool pool, SplittableRandom random) {
    KnowledgeEntity org = pool.pick(EntityType.ORG, random);
    KnowledgeEntity other = pool.pick(EntityType.ORG, random);
    for (int i = 0; i < 5 && other.id().equals(org.id()); i++) {
      other = pool.pick(EntityType.ORG, random);
    }
    return new Story(id, TOPICS.get(random.nextInt(TOPICS.size())), org, other,
        pool.pick(EntityType.PERSON, random), pool.pick(EntityType.PLACE, random),
        pool.pick(EntityType.PRODUCT, random));
  }

  /** The entity ids the story's articles name. */
  List<String> entityIds() {
    return List.of(org.id(), otherOrg.id(), person.id(), place.id(), product.id());
  }
}
