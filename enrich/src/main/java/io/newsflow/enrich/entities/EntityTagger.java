package io.newsflow.enrich.entities;

import io.newsflow.core.model.EntityTag;
import io.newsflow.core.model.EntityType;
import io.newsflow.core.model.KnowledgeEntity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds the knowledge-base entities that a clean text names, and the proper names it does not
 * know yet; the base can change live (the compacted {@code entities} topic) while tagging runs.
 *
 * <p>Names are matched by a double-array trie walked from each token start of the folded text
 * (case, accents, apostrophes), on token boundaries, longest match first; an ambiguous name
 * goes to the entity the article names otherwise, and a short form ("Altman") needs its full
 * name in the article unless no other entity and no common word shares it. Live changes go to
 * a small overlay automaton, so a change costs a rebuild of the overlay only.
 */
public final class EntityTagger {

  /** Characters of the text that count as its first paragraph for salience. */
  static final int LEAD_LENGTH = 400;

  private final LiveBase base;
  private final Vocabulary vocabulary;
  private final NameDiscoverer discoverer;

  public EntityTagger(List<KnowledgeEntity> base) {
    this.base = new LiveBase(base);
    this.vocabulary = Vocabulary.load(base);
    this.discoverer = new NameDiscoverer(vocabulary);
  }

  /** A tagger over the default knowledge base shipped with newsflow. */
  public static EntityTagger withDefaultBase() {
    return new EntityTagger(KnowledgeBase.loadDefault());
  }

  /** Adds or replaces an entry (live additions from the entities topic). */
  public void put(KnowledgeEntity entity) {
    base.put(entity);
  }

  /** Removes an entry, shipped or added live. */
  public void remove(String id) {
    base.remove(id);
  }

  /** How many entities the tagger knows now. */
  public int size() {
    return base.size();
  }

  /** The entities named in the title or text, most salient first. */
  public List<EntityTag> tag(String title, String text) {
    String safeTitle = title == null ? "" : title;
    String source = BoilerplateMask.mask(safeTitle + "\n" + (text == null ? "" : text));
    int textStart = safeTitle.length() + 1;
    FoldedText folded = FoldedText.of(source);
    List<NameMatch> matches = base.snapshot().resolveOverlaps(folded);
    Mentions mentions = new Mentions(textStart, Math.min(source.length(), textStart + LEAD_LENGTH));
    BitSet covered = new BitSet(source.length());
    for (LinkResolver.Link link : LinkResolver.resolve(matches, folded, vocabulary)) {
      LinkedEntity entity = link.entity();
      mentions.add(entity.id(), entity.entry().name(), entity.entry().type(), entity::allNames,
          folded.sourceIndex(link.match().start()));
    }
    for (NameMatch match : matches) {
      covered.set(folded.sourceIndex(match.start()), folded.sourceIndex(match.end() - 1) + 1);
    }
    discoverer.discover(source, textStart, source.length(), covered).forEach(found -> mentions.add(
        "new/" + slug(found.name()), found.name(), found.type(), () -> List.of(found.name()), found.start()));
    return mentions.tags();
  }

  static String slug(String name) {
    return FoldedText.key(name).replace('\'', ' ').strip().replaceAll("[ ]+", "-");
  }

  /** Mentions per entity in order of first appearance, and their salience. */
  private static final class Mentions {
    private final int textStart;
    private final int leadEnd;
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    Mentions(int textStart, int leadEnd) {
      this.textStart = textStart;
      this.leadEnd = leadEnd;
    }

    void add(String id, String name, EntityType type, Supplier<List<String>> aliases, int at) {
      Entry entry = byId.computeIfAbsent(id, k -> new Entry(id, name, type, aliases.get()));
      entry.count++;
      entry.inTitle |= at < textStart;
      entry.inLead |= at >= textStart && at < leadEnd;
    }

    List<EntityTag> tags() {
      int most = byId.values().stream().mapToInt(e -> e.count).max().orElse(1);
      List<EntityTag> tags = new ArrayList<>();
      for (Entry e : byId.values()) {
        double salience = 0.45 * (e.inTitle ? 1 : 0) + 0.25 * (e.inLead ? 1 : 0) + 0.30 * e.count / most;
        tags.add(new EntityTag(e.id, e.name, e.type, e.count, Math.round(salience * 1000) / 1000.0, e.aliases));
      }
      tags.sort(Comparator.comparingDouble(EntityTag::salience).reversed()
          .thenComparing(Comparator.comparingInt(EntityTag::mentions).reversed()));
      return tags;
    }
  }

  private static final class Entry {
    final String id;
    final String name;
    final EntityType type;
    final List<String> aliases;
    int count;
    boolean inTitle;
    boolean inLead;

    Entry(String id, String name, EntityType type, List<String> aliases) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.aliases = aliases;
    }
  }
}
