package io.newsflow.enrich.topics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * One topic of the taxonomy data file ({@code topics/taxonomy.json}) with its cues.
 *
 * @param iptc the IPTC Media Topic it falls under, for reference
 * @param parent the broader topic that scores at least 0.8 of this one, or null
 * @param weight how much one distinct cue counts as evidence
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Topic(String id, String label, String iptc, String parent, double weight,
    List<String> keywords, List<String> entities, List<String> types) {

  Topic {
    Objects.requireNonNull(id, "id");
    label = label == null ? id : label;
    weight = weight <= 0 ? 1.0 : weight;
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    entities = entities == null ? List.of() : List.copyOf(entities);
    types = types == null ? List.of() : List.copyOf(types);
  }
}
