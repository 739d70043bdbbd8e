package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  @Test
  void summarisesPercentilesOfWhatWasRecorded() {
    LatencyStats stats = new LatencyStats();
    for (int ms = 1; ms <= 100; ms++) {
      stats.record(ms);
    }
    LatencyStats.Latency summary = stats.summary();
    assertEquals(new LatencyStats.Latency(100, 50, 99, 100, 51), summary);
  }

  @Test
  void countsANegativeLatencyAsZeroAndAnEmptyOneAsNothing() {
    LatencyStats stats = new LatencyStats();
    stats.record(-3);
    assertEquals(new LatencyStats.Latency(1, 0, 0, 0, 0), stats.summary());
    assertEquals(new LatencyStats.Latency(0, 0, 0, 0, 0), new LatencyStats().summary());
  }
}
