package io.newsflow.enrich.dedupe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One band of an article's fingerprint, sent to the partition that owns that band value. The
 * fingerprint is cut into {@value #BANDS} bands of 16 bits, as is, then under {@value #SPLITS}
 * fixed bit permutations: two fingerprints at most {@value #GUARANTEED_DISTANCE} bits apart
 * agree on a whole band of the first cut (pigeonhole), and the other cuts catch most pairs a few
 * bits further apart, so near copies meet in one store however the articles were partitioned.
 */
public record BandProbe(String articleId, long fingerprint) {

  public static final int BANDS = 4;
  public static final int SPLITS = 3;
  public static final int GUARANTEED_DISTANCE = BANDS - 1;
  private static final int BITS = Long.SIZE / BANDS;
  private static final int[][] PERMUTATIONS = permutations();

  /** The keys of a fingerprint's bands, such as {@code 7:9f1c} (table 7, value 0x9f1c). */
  public static List<String> keys(long fingerprint) {
    List<String> keys = new ArrayList<>(BANDS * SPLITS);
    for (int split = 0; split < SPLITS; split++) {
      long permuted = permute(fingerprint, PERMUTATIONS[split]);
      for (int band = 0; band < BANDS; band++) {
        long value = permuted >>> (band * BITS) & ((1L << BITS) - 1);
        keys.add(String.format(Locale.ROOT, "%d:%04x", split * BANDS + band, value));
      }
    }
    return keys;
  }

  /**
   * The 48 bits of {@code fingerprint} outside the band that {@code key} names (as
   * {@link #keys} cut it): two fingerprints that share that band differ exactly where their
   * remainders do, so a band's store keeps only the remainders.
   */
  public static long remainder(long fingerprint, String key) {
    int table = Integer.parseInt(key, 0, key.indexOf(':'), 10);
    long permuted = permute(fingerprint, PERMUTATIONS[table / BANDS]);
    int low = table % BANDS * BITS;
    long below = permuted & ((1L << low) - 1);
    long above = low + BITS == Long.SIZE ? 0 : permuted >>> (low + BITS) << low;
    return below | above;
  }

  private static long permute(long fingerprint, int[] permutation) {
    long permuted = 0;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if ((fingerprint >>> bit & 1L) == 1L) {
        permuted |= 1L << permutation[bit];
      }
    }
    return permuted;
  }

  /** The identity, then fixed shuffles (java.util.Random's sequence is specified, so every
   * instance and version cuts alike). */
  private static int[][] permutations() {
    int[][] permutations = new int[SPLITS][];
    Random random = new Random(0x5eed_b0a7L);
    for (int split = 0; split < SPLITS; split++) {
      List<Integer> bits = new ArrayList<>();
      for (int bit = 0; bit < Long.SIZE; bit++) {
        bits.add(bit);
      }
      if (split > 0) {
        Collections.shuffle(bits, random);
      }
      permutations[split] = bits.stream().mapToInt(Integer::intValue).toArray();
    }
    return permutations;
  }
}
