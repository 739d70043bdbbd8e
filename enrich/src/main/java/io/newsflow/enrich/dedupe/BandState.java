package io.newsflow.enrich.dedupe;

import java.util.List;

/**
 * What the near-duplicate index holds under one bucket key: the articles with that band value,
 * oldest first. It is kept small because every article leaves an entry in the bucket of each of
 * its 4 bands: an entry names its article by the 32-bit reference of its content
 * ({@link ContentDuplicates#refOf}), which the exact-duplicate store turns back into the
 * article id when a copy is found ({@link OriginalNamer}).
 */
public record BandState(List<Entry> entries) {

  public BandState {
    entries = List.copyOf(entries);
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).timestamp() < entries.get(i - 1).timestamp()) {
        throw new IllegalArgumentException("entries out of time order at " + i);
      }
    }
  }

  /** The latest record time this bucket saw; the window's sweep drops it past that. */
  public long newest() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).timestamp();
  }

  /**
   * An article under one band value: the reference of its content, the 48 fingerprint bits
   * outside the band ({@link BandProbe#remainder()}) and its record time.
   */
  public record Entry(int ref, long remainder, long timestamp) {

    public Entry {
      if (remainder >>> 48 != 0) {
        throw new IllegalArgumentException("a remainder has 48 bits: " + Long.toHexString(remainder));
      }
      if (timestamp < 0) {
        throw new IllegalArgumentException("negative record time " + timestamp);
      }
    }
  }
}
