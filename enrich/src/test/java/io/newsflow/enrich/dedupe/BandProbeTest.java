package io.newsflow.enrich.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BandProbeTest {

  private final SplittableRandom random = new SplittableRandom(7);

  @Test
  void fingerprintsAtMostSevenBitsApartAlwaysMeetInABucket() {
    for (int i = 0; i < 10_000; i++) {
      long a = random.nextLong();
      long b = flip(a, 1 + random.nextInt(BandProbe.GUARANTEED_DISTANCE));
      assertTrue(meet(a, b), Long.toHexString(a) + " and " + Long.toHexString(b));
    }
  }

  @Test
  void mostFingerprintsEightBitsApartMeetToo() {
    int met = 0;
    for (int i = 0; i < 10_000; i++) {
      long a = random.nextLong();
      met += meet(a, flip(a, 8)) ? 1 : 0;
    }
    assertTrue(met > 9_000, met + " of 10,000 met");
  }

  @Test
  void distanceIsTheBucketsDistancePlusTheRemaindersDistance() {
    for (int i = 0; i < 1000; i++) {
      long a = random.nextLong();
      long b = flip(a, 1 + random.nextInt(12));
      for (BandProbe probe : BandProbe.of("b", 0, b)) {
        BandProbe filed = home(a, probe.table());
        if (IntStream.of(probe.buckets()).anyMatch(bucket -> bucket == filed.band())) {
          assertEquals(SimHash.distance(a, b),
              Integer.bitCount(filed.band() ^ probe.band()) + SimHash.distance(filed.remainder(), probe.remainder()));
        }
      }
    }
  }

  @Test
  void aProbeLooksOnlyInBucketsOfTheShardItIsSentTo() {
    for (BandProbe probe : BandProbe.of("a", 0, random.nextLong())) {
      for (int bucket : probe.buckets()) {
        assertEquals(probe.shardKey(), new BandProbe("a", 0, probe.fingerprint(), probe.table(), bucket).shardKey());
      }
    }
  }

  @Test
  void anArticleSendsOneHomeProbePerTable() {
    List<BandProbe> probes = BandProbe.of("a", 0, random.nextLong());

    assertEquals(BandProbe.PROBES_PER_ARTICLE, probes.size());
    assertEquals(List.of(0, 1, 2, 3), probes.stream().filter(BandProbe::home).map(BandProbe::table).toList());
  }

  @Test
  void remaindersHaveFortyEightBitsInEveryTable() {
    for (BandProbe probe : BandProbe.of("a", 0, -1L)) {
      assertEquals(0xffff_ffff_ffffL, probe.remainder());
    }
    assertTrue(BandProbe.of("a", 0, 0L).stream().allMatch(probe -> probe.remainder() == 0));
  }

  /** Whether a probe of {@code b} looks in a bucket where {@code a} is filed. */
  private static boolean meet(long a, long b) {
    return BandProbe.of("b", 0, b).stream()
        .anyMatch(probe -> IntStream.of(probe.buckets()).anyMatch(bucket -> bucket == home(a, probe.table()).band()));
  }

  private static BandProbe home(long fingerprint, int table) {
    return BandProbe.of("a", 0, fingerprint).stream().filter(p -> p.home() && p.table() == table).findFirst().orElseThrow();
  }

  /** {@code fingerprint} with {@code bits} distinct bits flipped. */
  private long flip(long fingerprint, int bits) {
    long flipped = fingerprint;
    while (Long.bitCount(flipped ^ fingerprint) < bits) {
      flipped ^= 1L << random.nextInt(Long.SIZE);
    }
    return flipped;
  }
}
