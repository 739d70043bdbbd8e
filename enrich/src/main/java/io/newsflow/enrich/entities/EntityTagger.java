package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.KnowledgeEntity;
import io.newsflow.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the knowledge-base entities that a clean text names. */
public final class EntityTagger {

  private final Map<String, KnowledgeEntity> entities = new ConcurrentHashMap<>();

  public EntityTagger(List<KnowledgeEntity> base) {
    base.forEach(this::put);
  }

  /** Adds or replaces an entry (live additions from the entities topic). */
  public void put(KnowledgeEntity entity) {
    entities.put(entity.id(), entity);
  }

  public void remove(String id) {
    entities.remove(id);
  }

  /** The entities named in the title or text, most mentioned first. */
  public List<EntityTag> tag(String title, String text) {
    String folded = " " + TextNormalizer.fold(title + "\n" + text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    List<EntityTag> tags = new ArrayList<>();
    for (KnowledgeEntity entity : entities.values()) {
      int mentions = 0;
      for (String name : names(entity)) {
        mentions += count(folded, " " + TextNormalizer.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ");
      }
      if (mentions > 0) {
        tags.add(new EntityTag(entity.id(), entity.name(), entity.type(), mentions, 0, names(entity)));
      }
    }
    tags.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
    return tags;
  }

  private static List<String> names(KnowledgeEntity entity) {
    List<String> names = new ArrayList<>(entity.aliases());
    names.add(0, entity.name());
    return names;
  }

  private static int count(String haystack, String needle) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
