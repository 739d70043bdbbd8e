package io.newsflow.app.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Collects latencies in milliseconds (HdrHistogram, three significant digits) and summarises them. */
final class LatencyStats {

  private static final long LONGEST = TimeUnit.HOURS.toMillis(6);

  private final Histogram histogram = new Histogram(LONGEST, 3);

  /** Records one latency; a negative one (clocks a millisecond apart) counts as zero. */
  void record(long millis) {
    histogram.recordValue(Math.min(LONGEST, Math.max(0, millis)));
  }

  Latency summary() {
    if (histogram.getTotalCount() == 0) {
      return new Latency(0, 0, 0, 0, 0);
    }
    return new Latency(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
        histogram.getValueAtPercentile(99), histogram.getMaxValue(), Math.round(histogram.getMean()));
  }

  /**
   * Latencies of one path, in milliseconds.
   *
   * @param count how many records were measured
   */
  record Latency(long count, long p50, long p99, long max, long mean) {}
}
