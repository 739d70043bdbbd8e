package io.newsflow.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity an article is about, linked to a stable id.
 *
 * @param id stable id such as {@code org/microsoft}, or {@code new/<slug>} for a discovered name
 * @param name canonical name
 * @param mentions how often the clean text names it
 * @param salience 0..1, higher when named in the title and first paragraph
 * @param aliases the names it is known by, so that subscriptions may use any of them
 */
public record EntityTag(
    String id, String name, EntityType type, int mentions, double salience, List<String> aliases) {

  public EntityTag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    type = type == null ? EntityType.OTHER : type;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
