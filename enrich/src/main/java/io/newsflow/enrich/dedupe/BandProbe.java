package io.newsflow.enrich.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One band of an article's fingerprint, sent to the partition that owns that band value: any
 * two fingerprints at most {@value #GUARANTEED_DISTANCE} bits apart agree on at least one of
 * the {@value #BANDS} bands (pigeonhole), so they meet in one store however the articles
 * were partitioned.
 */
public record BandProbe(String articleId, long fingerprint) {

  public static final int BANDS = 4;
  public static final int GUARANTEED_DISTANCE = BANDS - 1;
  private static final int BITS = Long.SIZE / BANDS;

  /** The keys of a fingerprint's bands, such as {@code 2:9f1c}. */
  public static List<String> keys(long fingerprint) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long value = fingerprint >>> (band * BITS) & ((1L << BITS) - 1);
      keys.add(String.format(Locale.ROOT, "%d:%04x", band, value));
    }
    return keys;
  }
}
