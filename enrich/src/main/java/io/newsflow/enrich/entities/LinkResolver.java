package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which entity each name match stands for, from the whole article: a name that only
 * one entity has anchors that entity; an ambiguous name goes to an anchored candidate, else to
 * the one ranked first in the base; a short form resolves only to an anchored entity or, when
 * no other entity shares it and it is not a common word, to its only owner.
 */
final class LinkResolver {

  private LinkResolver() {}

  /** A name match and the entity it stands for. */
  record Link(NameMatch match, LinkedEntity entity) {}

  /** The links of the matches that stand for an entity, in the order of the matches. */
  static List<Link> resolve(List<NameMatch> matches, FoldedText text, Vocabulary vocabulary) {
    Set<LinkedEntity> anchored = anchors(matches);
    Set<String> anchoredIds = new HashSet<>();
    anchored.forEach(e -> anchoredIds.add(e.id()));
    List<Link> links = new ArrayList<>(matches.size());
    for (NameMatch match : matches) {
      LinkedEntity entity = choose(match, anchored, anchoredIds, text, vocabulary);
      if (entity != null) {
        links.add(new Link(match, entity));
      }
    }
    return links;
  }

  /** Entities named in full by a name no other entity has. */
  private static Set<LinkedEntity> anchors(List<NameMatch> matches) {
    Set<LinkedEntity> anchored = new HashSet<>();
    for (NameMatch match : matches) {
      LinkedEntity only = onlyFullName(match);
      if (only != null && match.sharedBy() == 1) {
        anchored.add(only);
      }
    }
    return anchored;
  }

  /** The entity of the one candidate that is not a short form, or null if there are none or several. */
  private static LinkedEntity onlyFullName(NameMatch match) {
    LinkedEntity only = null;
    for (Candidate candidate : match.candidates()) {
      if (!candidate.shortForm()) {
        if (only != null) {
          return null;
        }
        only = candidate.entity();
      }
    }
    return only;
  }

  private static LinkedEntity choose(
      NameMatch match, Set<LinkedEntity> anchored, Set<String> anchoredIds, FoldedText text, Vocabulary vocabulary) {
    LinkedEntity best = null;
    for (Candidate candidate : match.candidates()) {
      boolean inContext = anchored.contains(candidate.entity())
          || candidate.context().stream().anyMatch(anchoredIds::contains);
      if (inContext && (best == null || candidate.entity().rank() < best.rank())) {
        best = candidate.entity();
      }
    }
    if (best != null) {
      return best;
    }
    for (Candidate candidate : match.candidates()) {
      if (!candidate.shortForm() && (best == null || candidate.entity().rank() < best.rank())) {
        best = candidate.entity();
      }
    }
    if (best != null || match.sharedBy() != 1 || !match.candidates().get(0).context().isEmpty()) {
      return best;
    }
    String key = text.subSequence(match.start(), match.end()).toString();
    return vocabulary.isCommon(key) ? null : match.candidates().get(0).entity();
  }
}
