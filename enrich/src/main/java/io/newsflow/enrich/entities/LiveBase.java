package io.newsflow.enrich.entities;

import io.newsflow.core.model.KnowledgeEntity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base as it is now: the shipped entries in one automaton built once, live
 * additions and overrides in a small overlay automaton rebuilt lazily on the next tagging, and
 * removals masked. Readers take an immutable {@link Snapshot}; writers swap a new one in.
 */
final class LiveBase {

  private static final Logger LOG = LoggerFactory.getLogger(LiveBase.class);
  private static final int MIN_OVERLAY_BEFORE_MERGE = 256;

  private volatile Snapshot current;
  private int nextRank;

  LiveBase(List<KnowledgeEntity> entries) {
    Map<String, LinkedEntity> live = new LinkedHashMap<>();
    for (KnowledgeEntity entry : entries) {
      live.put(entry.id(), new LinkedEntity(entry, nextRank++));
    }
    current = new Snapshot(Map.copyOf(live), AliasIndex.build(live.values()), Map.of(), null);
  }

  synchronized void put(KnowledgeEntity entry) {
    LinkedEntity previous = current.live.get(entry.id());
    LinkedEntity linked = new LinkedEntity(entry, previous == null ? nextRank++ : previous.rank());
    Map<String, LinkedEntity> live = new HashMap<>(current.live);
    live.put(entry.id(), linked);
    Map<String, LinkedEntity> overlay = new HashMap<>(current.overlay);
    overlay.put(entry.id(), linked);
    install(live, overlay);
  }

  synchronized void remove(String id) {
    if (!current.live.containsKey(id)) {
      return;
    }
    Map<String, LinkedEntity> live = new HashMap<>(current.live);
    live.remove(id);
    Map<String, LinkedEntity> overlay = new HashMap<>(current.overlay);
    overlay.remove(id);
    install(live, overlay);
  }

  int size() {
    return current.live.size();
  }

  /** The base as it is now, with its overlay automaton built if changes are pending. */
  Snapshot snapshot() {
    Snapshot snapshot = current;
    return snapshot.overlayIndex != null || snapshot.overlay.isEmpty() ? snapshot : buildOverlay(snapshot);
  }

  private synchronized Snapshot buildOverlay(Snapshot seen) {
    if (current != seen) {
      return snapshot();
    }
    long started = System.nanoTime();
    current = new Snapshot(seen.live, seen.baseIndex, seen.overlay, AliasIndex.build(seen.overlay.values()));
    LOG.debug("rebuilt the overlay of {} live entities in {} µs", seen.overlay.size(), (System.nanoTime() - started) / 1000);
    return current;
  }

  private void install(Map<String, LinkedEntity> live, Map<String, LinkedEntity> overlay) {
    if (overlay.size() > Math.max(MIN_OVERLAY_BEFORE_MERGE, live.size() / 4)) {
      List<LinkedEntity> all = new ArrayList<>(live.values());
      all.sort(Comparator.comparingInt(LinkedEntity::rank));
      current = new Snapshot(Map.copyOf(live), AliasIndex.build(all), Map.of(), null);
      LOG.info("merged {} live changes into the knowledge-base automaton ({} entities)", overlay.size(), live.size());
    } else {
      current = new Snapshot(Map.copyOf(live), current.baseIndex, Map.copyOf(overlay), null);
    }
  }

  /** One consistent state of the base: who is live, and the automata that find them. */
  static final class Snapshot {
    private final Map<String, LinkedEntity> live;
    private final AliasIndex baseIndex;
    private final Map<String, LinkedEntity> overlay;
    private final AliasIndex overlayIndex;

    Snapshot(Map<String, LinkedEntity> live, AliasIndex baseIndex, Map<String, LinkedEntity> overlay, AliasIndex overlayIndex) {
      this.live = live;
      this.baseIndex = baseIndex;
      this.overlay = overlay;
      this.overlayIndex = overlayIndex;
    }

    /** The live name matches of a text, longest first where they overlap. */
    List<NameMatch> resolveOverlaps(FoldedText text) {
      List<NameMatch> raw = new ArrayList<>();
      baseIndex.scan(text, raw);
      if (overlayIndex != null) {
        overlayIndex.scan(text, raw);
      }
      return longestFirst(mergeLive(raw, text));
    }

    /** Keeps candidates that are still live, merges equal spans, checks capitals. */
    private List<NameMatch> mergeLive(List<NameMatch> raw, FoldedText text) {
      Map<Long, List<Candidate>> bySpan = new LinkedHashMap<>();
      for (NameMatch match : raw) {
        for (Candidate candidate : match.candidates()) {
          if (live.get(candidate.entity().id()) == candidate.entity()) {
            bySpan.computeIfAbsent(((long) match.start() << 32) | match.end(), k -> new ArrayList<>(2)).add(candidate);
          }
        }
      }
      List<NameMatch> merged = new ArrayList<>(bySpan.size());
      bySpan.forEach((span, candidates) -> {
        int start = (int) (span >>> 32);
        int end = (int) (long) span;
        List<Candidate> shown = shownIn(text, start, end, candidates);
        if (!shown.isEmpty()) {
          merged.add(new NameMatch(start, end, shown, distinctEntities(candidates)));
        }
      });
      return merged;
    }

    /** The candidates whose capitals the source shows at folded {@code [start, end)}. */
    private static List<Candidate> shownIn(FoldedText text, int start, int end, List<Candidate> candidates) {
      int from = text.sourceIndex(start);
      int to = text.sourceIndex(end - 1) + 1;
      List<Candidate> shown = new ArrayList<>(candidates.size());
      for (Candidate candidate : candidates) {
        if (candidate.capitalsShown(text.source(), from, to)) {
          shown.add(candidate);
        }
      }
      return shown;
    }

    private static int distinctEntities(List<Candidate> candidates) {
      Set<LinkedEntity> entities = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Candidate candidate : candidates) {
        entities.add(candidate.entity());
      }
      return entities.size();
    }

    private static List<NameMatch> longestFirst(List<NameMatch> matches) {
      matches.sort(Comparator.comparingInt(NameMatch::start).thenComparing(Comparator.comparingInt(NameMatch::length).reversed()));
      List<NameMatch> kept = new ArrayList<>(matches.size());
      for (NameMatch match : matches) {
        NameMatch last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (last == null || !last.overlaps(match)) {
          kept.add(match);
        } else if (match.length() > last.length()) {
          kept.set(kept.size() - 1, match);
        }
      }
      return kept;
    }
  }
}
