package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * An immutable double-array trie (the Aho-Corasick library's) over the folded names of a set of
 * entities: walked from every token start of a folded text, it reports every name that occurs
 * there, with all the entities it may stand for. A transition is two array reads, with no
 * boxing or hashing.
 */
final class AliasIndex {

  private final PrefixTrie<List<Candidate>> trie;
  private final int entities;

  private AliasIndex(PrefixTrie<List<Candidate>> trie, int entities) {
    this.trie = trie;
    this.entities = entities;
  }

  static AliasIndex build(Collection<LinkedEntity> linked) {
    Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    for (LinkedEntity entity : linked) {
      entity.fullNames().forEach(name -> add(byKey, name,
          new Candidate(entity, false, Set.of(), Candidate.CaseRule.of(name), name)));
      entity.shortForms().forEach(name -> add(byKey, name,
          new Candidate(entity, true, entity.contextOf(name), Candidate.CaseRule.of(name), name)));
    }
    byKey.replaceAll((key, candidates) -> List.copyOf(candidates));
    PrefixTrie<List<Candidate>> trie = new PrefixTrie<>();
    trie.build(byKey);
    return new AliasIndex(trie, linked.size());
  }

  private static void add(Map<String, List<Candidate>> byKey, String name, Candidate candidate) {
    String key = FoldedText.key(name);
    if (key.isEmpty()) {
      return;
    }
    List<Candidate> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    boolean known = list.stream().anyMatch(c -> c.entity() == candidate.entity() && c.shortForm() == candidate.shortForm()
        && c.caseRule() == candidate.caseRule() && c.alias().equals(candidate.alias()));
    if (!known) {
      list.add(candidate);
    }
  }

  int size() {
    return entities;
  }

  /** Every occurrence of a name in {@code text} that stands on token boundaries. */
  void scan(FoldedText text, List<NameMatch> out) {
    AhoCorasickDoubleArrayTrie.IHit<List<Candidate>> onTokenEnd = (start, end, candidates) -> {
      if (text.endsToken(end)) {
        out.add(new NameMatch(start, end, candidates, candidates.size()));
      }
    };
    trie.keysAtTokenStarts(text, onTokenEnd);
  }
}
