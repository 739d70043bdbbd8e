package io.newsflow.enrich.dedupe;

import io.newsflow.core.text.TextNormalizer;
import java.util.List;
import java.util.OptionalLong;

/**
 * A 64-bit SimHash of a text's word bigrams (case and accents folded): texts that share most
 * of their word pairs get fingerprints a few bits apart, distinct texts about 32 bits apart.
 * Bigrams rather than single words, because two articles on one story share much of their
 * vocabulary but few of their word pairs.
 */
public final class SimHash {

  /** Below this many bigrams a fingerprint says too little to call two texts near copies. */
  public static final int MIN_FEATURES = 20;

  private SimHash() {}

  /** The fingerprint of {@code text}, or empty when the text is too short to have one. */
  public static OptionalLong of(String text) {
    List<String> words = TextNormalizer.words(text);
    if (words.size() - 1 < MIN_FEATURES) {
      return OptionalLong.empty();
    }
    int[] votes = new int[Long.SIZE];
    for (int i = 0; i + 1 < words.size(); i++) {
      long hash = hash(words.get(i), words.get(i + 1));
      for (int bit = 0; bit < Long.SIZE; bit++) {
        votes[bit] += (hash >>> bit & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < Long.SIZE; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return OptionalLong.of(fingerprint);
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** 1 for equal fingerprints, 0 for opposite ones. */
  public static double similarity(int distance) {
    return 1.0 - (double) distance / Long.SIZE;
  }

  /** FNV-1a over the pair, then a 64-bit finaliser so that every bit is well mixed. */
  private static long hash(String first, String second) {
    long h = 0xcbf29ce484222325L;
    h = fnv(h, first);
    h = (h ^ ' ') * 0x100000001b3L;
    h = fnv(h, second);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
