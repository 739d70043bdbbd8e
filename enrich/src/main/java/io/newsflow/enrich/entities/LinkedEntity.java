package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A knowledge-base entry prepared for linking: its names split into full names and short forms
 * (explicit {@code ~} aliases and, for people, the surname), and its rank in the base.
 */
final class LinkedEntity {

  private static final Set<String> PARTICLES = Set.of(
      "von", "van", "der", "den", "de", "du", "des", "le", "la", "di", "da", "del", "bin", "al", "ben", "el");

  private static final Set<String> TITLES = Set.of("pope", "pape", "king", "roi", "queen", "reine", "prince", "sir");

  private final KnowledgeEntity entry;
  private final int rank;
  private final List<String> fullNames;
  private final List<String> shortForms;
  private final Map<String, Set<String>> contexts = new HashMap<>();

  LinkedEntity(KnowledgeEntity entry, int rank) {
    this.entry = entry;
    this.rank = rank;
    Set<String> full = new LinkedHashSet<>();
    Set<String> shorts = new LinkedHashSet<>();
    full.add(entry.name());
    for (String alias : entry.aliases()) {
      if (alias.startsWith(KnowledgeBase.SHORT_FORM_MARK)) {
        String[] parts = alias.substring(1).split(KnowledgeBase.CONTEXT_MARK);
        String form = parts[0].strip();
        shorts.add(form);
        Set<String> context = new HashSet<>();
        for (int i = 1; i < parts.length; i++) {
          context.add(parts[i].strip());
        }
        contexts.put(form, Set.copyOf(context));
      } else {
        full.add(alias);
      }
    }
    full.removeAll(shorts);
    surname(entry).filter(s -> !full.contains(s)).ifPresent(shorts::add);
    this.fullNames = List.copyOf(full);
    this.shortForms = List.copyOf(shorts);
  }

  /** A person's surname as news uses it alone: "Altman", "Le Maire", "von der Leyen". */
  static Optional<String> surname(KnowledgeEntity entry) {
    if (entry.type() != EntityType.PERSON) {
      return Optional.empty();
    }
    String[] words = entry.name().split(" ");
    String last = words[words.length - 1];
    if (words.length < 2 || TITLES.contains(words[0].toLowerCase(Locale.ROOT)) || last.endsWith(".")
        || last.matches("[IVXLC]+")) {
      return Optional.empty();
    }
    int from = words.length - 1;
    while (from > 1 && PARTICLES.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
      from--;
    }
    String surname = String.join(" ", Arrays.copyOfRange(words, from, words.length));
    return surname.replace(".", "").length() < 3 ? Optional.empty() : Optional.of(surname);
  }

  KnowledgeEntity entry() {
    return entry;
  }

  String id() {
    return entry.id();
  }

  int rank() {
    return rank;
  }

  List<String> fullNames() {
    return fullNames;
  }

  List<String> shortForms() {
    return shortForms;
  }

  /** The ids whose presence in an article lets {@code shortForm} resolve (besides this one). */
  Set<String> contextOf(String shortForm) {
    return contexts.getOrDefault(shortForm, Set.of());
  }

  /** Every name, short forms included, for subscriptions that use any of them. */
  List<String> allNames() {
    List<String> names = new ArrayList<>(fullNames);
    names.addAll(shortForms);
    return names;
  }
}
