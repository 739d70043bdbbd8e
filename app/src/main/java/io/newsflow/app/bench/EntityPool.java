package io.newsflow.app.bench;

import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The knowledge-base entities the generated articles name, by type, in base order (the popular
 * ones first), so that the stream exercises the real entity linker and entity subscriptions.
 */
final class EntityPool {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z .'-]*");

  private final Map<EntityType, List<KnowledgeEntity>> byType;

  EntityPool(List<KnowledgeEntity> base) {
    this.byType = new EnumMap<>(base.stream().collect(Collectors.groupingBy(KnowledgeEntity::type)));
    for (EntityType needed : List.of(EntityType.ORG, EntityType.PERSON, EntityType.PLACE, EntityType.PRODUCT)) {
      if (byType.getOrDefault(needed, List.of()).isEmpty()) {
        throw new IllegalArgumentException("the knowledge base has no " + needed + " to write articles about");
      }
    }
  }

  /** An entity of {@code type}, the popular ones (early in the base) far more often. */
  KnowledgeEntity pick(EntityType type, SplittableRandom random) {
    List<KnowledgeEntity> all = byType.get(type);
    return all.get(Skew.index(random, all.size()));
  }

  /** Every entity of {@code type}, in base order. */
  List<KnowledgeEntity> all(EntityType type) {
    return byType.getOrDefault(type, List.of());
  }

  /**
   * How an article in {@code language} names the entity: the canonical name (French in the base
   * for places), or for a place in another language its first alias when it is a plain ASCII name, such as "Germany".
   */
  static String nameIn(KnowledgeEntity entity, String language) {
    if (entity.type() != EntityType.PLACE || language.equals("fr")) {
      return entity.name();
    }
    return entity.aliases().stream().findFirst()
        .filter(a -> PLAIN.matcher(a).matches() && !a.equals(a.toUpperCase(Locale.ROOT)) && !a.contains(entity.name()))
        .orElse(entity.name());
  }
}
