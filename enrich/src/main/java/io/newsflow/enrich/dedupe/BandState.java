package io.newsflow.enrich.dedupe;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What the near-duplicate index holds, kept small because every article leaves an entry in the
 * bucket of each of its 4 bands: in the buckets store, under a bucket key, the articles with
 * that band value; in the names store, under a name key, the one article id that a 32-bit
 * reference stands for, so that bucket entries can carry the reference instead of the id.
 */
public sealed interface BandState permits BandState.Entries, BandState.Name {

  /** The latest record time this value saw; the window's sweep drops it past that. */
  long newest();

  /** The name key of a reference, such as {@code #0f3a9c21}, apart from every band key. */
  static String nameKey(int ref) {
    return "#" + HexFormat.of().toHexDigits(ref);
  }

  /** A reference for {@code articleId}: 32 well-mixed bits of a 64-bit FNV-1a hash. */
  static int refOf(String articleId) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < articleId.length(); i++) {
      h = (h ^ articleId.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** The entries of one band value, oldest first. */
  record Entries(List<Entry> entries) implements BandState {

    public Entries {
      entries = List.copyOf(entries);
      for (int i = 1; i < entries.size(); i++) {
        if (entries.get(i).timestamp() < entries.get(i - 1).timestamp()) {
          throw new IllegalArgumentException("entries out of time order at " + i);
        }
      }
    }

    @Override
    public long newest() {
      return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).timestamp();
    }
  }

  /**
   * An article under one band value: who it is (its reference, or its id itself when another
   * article holds the reference), the 48 fingerprint bits outside the band
   * ({@link BandProbe#remainder()}) and its record time.
   */
  record Entry(int ref, String inlineId, long remainder, long timestamp) {

    public Entry {
      if (remainder >>> 48 != 0) {
        throw new IllegalArgumentException("a remainder has 48 bits: " + Long.toHexString(remainder));
      }
      if (timestamp < 0) {
        throw new IllegalArgumentException("negative record time " + timestamp);
      }
    }

    static Entry referring(int ref, long remainder, long timestamp) {
      return new Entry(ref, null, remainder, timestamp);
    }

    static Entry inline(String articleId, long remainder, long timestamp) {
      return new Entry(refOf(articleId), Objects.requireNonNull(articleId, "articleId"), remainder, timestamp);
    }

    boolean byRef() {
      return inlineId == null;
    }
  }

  /** The article id a reference stands for, and when that article was last seen. */
  record Name(String articleId, long lastSeen) implements BandState {

    public Name {
      Objects.requireNonNull(articleId, "articleId");
      if (lastSeen < 0) {
        throw new IllegalArgumentException("negative record time " + lastSeen);
      }
    }

    @Override
    public long newest() {
      return lastSeen;
    }
  }
}
