package io.newsflow.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the entity knowledge base, as kept in the data file and the compacted
 * {@code entities} topic (key: id).
 *
 * @param id stable slug such as {@code org/microsoft}
 * @param wikidata Wikidata id where known, else null
 * @param aliases other names, in any language, acronyms and metonyms included
 */
public record KnowledgeEntity(
    String id, String wikidata, EntityType type, String name, List<String> aliases) {

  public KnowledgeEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    type = type == null ? EntityType.OTHER : type;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
