package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BandProbeTest {

  @Test
  void remaindersInASharedBandAreAsFarApartAsTheFingerprints() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1000; i++) {
      long a = random.nextLong();
      long b = a ^ 1L << random.nextInt(64) ^ 1L << random.nextInt(64) ^ 1L << random.nextInt(64);
      List<String> keysOfA = BandProbe.keys(a);
      List<String> keysOfB = BandProbe.keys(b);
      for (int k = 0; k < keysOfA.size(); k++) {
        if (keysOfA.get(k).equals(keysOfB.get(k))) {
          String key = keysOfA.get(k);
          assertEquals(SimHash.distance(a, b),
              SimHash.distance(BandProbe.remainder(a, key), BandProbe.remainder(b, key)), key);
        }
      }
    }
  }

  @Test
  void remaindersHaveFortyEightBitsInEveryBand() {
    for (String key : BandProbe.keys(-1L)) {
      assertEquals(0xffff_ffff_ffffL, BandProbe.remainder(-1L, key), key);
    }
    assertTrue(BandProbe.keys(0L).stream().allMatch(key -> BandProbe.remainder(0L, key) == 0));
  }
}
