package io.newsflow.enrich.dedupe;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One look into the LSH index for an article's fingerprint. The fingerprint is cut into
 * {@value #TABLES} bands of {@value #BAND_BITS} bits; table {@code t} files every article under
 * the value of its band {@code t} (its bucket). A probe looks in the buckets at most one bit from
 * the article's own: two fingerprints at most {@value #GUARANTEED_DISTANCE} bits apart differ by
 * at most one bit in some band (pigeonhole), so they always meet, and most pairs a bit further
 * apart do too.
 *
 * <p>Buckets are grouped into shards by their top {@value #SHARD_BITS} bits, and a shard is owned
 * by one partition. The home probe of a band goes to the shard of the article's own bucket and
 * looks there and in the buckets a low bit away (same shard), then files the article; one more
 * probe per top bit looks in the bucket that bit away, in its own shard. So an article sends
 * {@value #PROBES_PER_ARTICLE} probes, and the index stays spread over {@code 4 << SHARD_BITS}
 * shards however the partitions are laid out.
 */
public record BandProbe(String articleId, int ref, long fingerprint, int table, int bucket) {

  public static final int TABLES = 4;
  static final int BAND_BITS = Long.SIZE / TABLES;
  static final int SHARD_BITS = 2;
  public static final int GUARANTEED_DISTANCE = 2 * TABLES - 1;
  public static final int PROBES_PER_ARTICLE = TABLES * (1 + SHARD_BITS);
  private static final int LOW_BITS = BAND_BITS - SHARD_BITS;
  private static final long BAND_MASK = (1L << BAND_BITS) - 1;

  public BandProbe {
    if (table < 0 || table >= TABLES || bucket >>> BAND_BITS != 0) {
      throw new IllegalArgumentException("no bucket " + bucket + " in table " + table);
    }
  }

  /** Every probe of an article, whose content's reference is {@code ref}: per table, the home
   * probe, then one per top bit. */
  public static List<BandProbe> of(String articleId, int ref, long fingerprint) {
    List<BandProbe> probes = new ArrayList<>(PROBES_PER_ARTICLE);
    for (int table = 0; table < TABLES; table++) {
      int band = band(fingerprint, table);
      probes.add(new BandProbe(articleId, ref, fingerprint, table, band));
      for (int bit = LOW_BITS; bit < BAND_BITS; bit++) {
        probes.add(new BandProbe(articleId, ref, fingerprint, table, band ^ 1 << bit));
      }
    }
    return probes;
  }

  /** The record key that sends this probe to the partition owning its bucket's shard. */
  public String shardKey() {
    return table + "/" + (bucket >>> LOW_BITS);
  }

  /** The article's own band value in this table. */
  public int band() {
    return band(fingerprint, table);
  }

  /** Whether this is the band's home probe, which files the article in its bucket. */
  public boolean home() {
    return bucket == band();
  }

  /** The buckets this probe looks in: for the home probe, its own and those a low bit away. */
  public int[] buckets() {
    if (!home()) {
      return new int[] {bucket};
    }
    int[] buckets = new int[1 + LOW_BITS];
    buckets[0] = bucket;
    for (int bit = 0; bit < LOW_BITS; bit++) {
      buckets[1 + bit] = bucket ^ 1 << bit;
    }
    return buckets;
  }

  /**
   * The 48 fingerprint bits outside this table's band: two fingerprints filed under buckets
   * {@code a} and {@code b} are {@code bitCount(a ^ b)} plus their remainders' distance apart,
   * so a bucket keeps only the remainders.
   */
  public long remainder() {
    int low = table * BAND_BITS;
    long below = fingerprint & ((1L << low) - 1);
    long above = low + BAND_BITS == Long.SIZE ? 0 : fingerprint >>> (low + BAND_BITS) << low;
    return below | above;
  }

  /** The store key of a bucket of this table, such as {@code 2:9f1c}. */
  public String bucketKey(int value) {
    return table + ":" + HexFormat.of().toHexDigits((short) value);
  }

  private static int band(long fingerprint, int table) {
    return (int) (fingerprint >>> (table * BAND_BITS) & BAND_MASK);
  }
}
