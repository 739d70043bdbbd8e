package io.newsflow.enrich.entities;

import java.util.List;

/**
 * A name found on folded text {@code [start, end)}: the live entities it may stand for whose
 * capitals the text shows, and how many live entities share the name at all.
 */
record NameMatch(int start, int end, List<Candidate> candidates, int sharedBy) {

  NameMatch {
    candidates = List.copyOf(candidates);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(NameMatch other) {
    return start < other.end && other.start < end;
  }
}
