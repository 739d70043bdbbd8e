package io.newsflow.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * What a long bench run looked like over time, for soak tests: every few seconds the heap left
 * after the last garbage collection (flat when nothing leaks), the documents sent but not yet
 * answered (lag) and the dead letters so far; written as a CSV table and a PNG plot.
 */
final class Timeline {

  /** One sample. */
  record Sample(double seconds, double heapAfterGcMb, int lag, int deadLetters) {}

  private final Duration every;
  private final List<Sample> samples = new ArrayList<>();
  private long next;

  Timeline(Duration every) {
    this.every = every;
  }

  /** Takes a sample when one is due. */
  void sample(long startNanos, int lag, int deadLetters) {
    long now = System.nanoTime();
    if (now < next) {
      return;
    }
    next = now + every.toNanos();
    samples.add(new Sample((now - startNanos) / 1e9, heapAfterGc() / 1048576.0, lag, deadLetters));
  }

  List<Sample> samples() {
    return List.copyOf(samples);
  }

  /** Writes {@code samples} as {@code timeline.csv} and {@code timeline.png} in {@code dir}. */
  static void write(List<Sample> samples, Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("timeline.csv"), csv(samples), StandardCharsets.UTF_8);
      List<XYChart> charts = List.of(
          chart(samples, "heap after GC", "MB", Sample::heapAfterGcMb),
          chart(samples, "lag", "documents waiting", Sample::lag),
          chart(samples, "dead letters", "so far", Sample::deadLetters));
      BitmapEncoder.saveBitmap(charts, charts.size(), 1, dir.resolve("timeline.png").toString(),
          BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the timeline in " + dir, e);
    }
  }

  static String csv(List<Sample> samples) {
    StringBuilder csv = new StringBuilder("seconds,heap_after_gc_mb,lag,dead_letters\n");
    for (Sample s : samples) {
      csv.append(String.format(Locale.ROOT, "%.0f,%.1f,%d,%d%n", s.seconds(), s.heapAfterGcMb(), s.lag(), s.deadLetters()));
    }
    return csv.toString();
  }

  private static XYChart chart(List<Sample> samples, String title, String unit, ToDoubleFunction<Sample> value) {
    XYChart chart = new XYChartBuilder().width(900).height(260).title(title).xAxisTitle("minutes").yAxisTitle(unit).build();
    chart.getStyler().setLegendVisible(false).setMarkerSize(0);
    double[] minutes = samples.stream().mapToDouble(s -> s.seconds() / 60).toArray();
    double[] values = samples.stream().mapToDouble(value).toArray();
    chart.addSeries(title, minutes.length == 0 ? new double[] {0} : minutes, values.length == 0 ? new double[] {0} : values);
    return chart;
  }

  /** Heap in use right after the last collection of each heap pool: what survives, not garbage. */
  static long heapAfterGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null) {
        used += afterGc.getUsed();
      }
    }
    return used;
  }
}
