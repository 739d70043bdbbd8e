package io.newsflow.enrich.dedupe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names the band index wrote last, so that the probes of one article, which usually come
 * one after another, read its name once rather than once per band. It may still hold a name
 * the window's sweep has deleted from the store, which is harmless: that name only ever
 * decides about entries already out of the window, which no read returns.
 */
final class RecentNames {

  private final Map<Integer, BandState.Name> names;

  RecentNames(int capacity) {
    this.names = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, BandState.Name> eldest) {
        return size() > capacity;
      }
    };
  }

  BandState.Name get(int ref) {
    return names.get(ref);
  }

  void put(int ref, BandState.Name name) {
    names.put(ref, name);
  }
}
