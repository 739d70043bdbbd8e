package io.newsflow.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.app.bench.BenchDocument.Kind;
import io.newsflow.core.model.Json;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one bench run measured, as a one-screen text report or as JSON for machines.
 *
 * @param copyLoop the bare Kafka copy loop, or null when it was skipped
 * @param pipelineToCopyLoop the pipeline's documents per second over the copy loop's records per second
 */
record BenchReport(Setup setup, PassThrough.Result copyLoop, PipelinePass.Result pipeline, Double pipelineToCopyLoop) {

  private static final int TIMELINE_ROWS = 15;

  /**
   * How the run was set up.
   *
   * @param rate documents per second asked for, 0 for as fast as possible
   * @param warmup first documents left out of the latency figures
   */
  record Setup(int documents, int subscriptions, long seed, double rate, int warmup, StreamShares shares, String broker,
      int partitions, int streamThreads, String processingGuarantee, int commitIntervalMs, int cores, String java) {}

  static BenchReport of(Setup setup, PassThrough.Result copyLoop, PipelinePass.Result pipeline) {
    Double ratio = copyLoop == null ? null : pipeline.documentsPerSecond() / copyLoop.perSecond();
    return new BenchReport(setup, copyLoop, pipeline, ratio);
  }

  String json() {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  String text() {
    StringBuilder out = new StringBuilder();
    line(out, "newsflow bench: %,d documents, %,d subscriptions, seed %d, %s", setup.documents(), setup.subscriptions(),
        setup.seed(), setup.rate() > 0 ? String.format(Locale.ROOT, "paced at %,.0f documents/s", setup.rate()) : "as fast as possible");
    line(out, "%s, %d partitions, %d stream thread(s) per app, %s, commit every %d ms, %d cores, Java %s", setup.broker(),
        setup.partitions(), setup.streamThreads(), setup.processingGuarantee(), setup.commitIntervalMs(), setup.cores(), setup.java());
    out.append(System.lineSeparator());
    stream(out);
    if (copyLoop != null) {
      copyLoop(out);
    }
    pipeline(out);
    timeline(out);
    return out.toString();
  }

  /** The timeline, at most {@value #TIMELINE_ROWS} rows evenly spread, when the run was long enough to have one. */
  private void timeline(StringBuilder out) {
    List<Timeline.Sample> samples = pipeline.timeline();
    if (samples.size() < 2) {
      return;
    }
    out.append(System.lineSeparator());
    line(out, "over time  %8s %14s %8s %13s", "minutes", "heap after GC", "lag", "dead letters");
    int step = Math.max(1, (samples.size() + TIMELINE_ROWS - 1) / TIMELINE_ROWS);
    for (int i = 0; i < samples.size(); i += step) {
      Timeline.Sample s = samples.get(i);
      line(out, "           %8.1f %11.0f MB %8d %13d", s.seconds() / 60, s.heapAfterGcMb(), s.lag(), s.deadLetters());
    }
  }

  private void stream(StringBuilder out) {
    Map<Kind, Integer> kinds = pipeline.planned();
    Feeder.Produced produced = pipeline.produced();
    line(out, "stream     %,d new stories, %,d follow-ups, %,d exact and %,d near copies", kinds.get(Kind.ORIGINAL),
        kinds.get(Kind.FOLLOW_UP), kinds.get(Kind.EXACT_DUPLICATE), kinds.get(Kind.NEAR_DUPLICATE));
    line(out, "           %,d HTML pages and %,d texts; %s; %.1f KB on average, %.1f KB the largest, %.1f MB in all",
        produced.html(), produced.text(), languages(produced), produced.bytes() / 1024.0 / Math.max(1, produced.documents()),
        produced.largest() / 1024.0, produced.bytes() / 1024.0 / 1024.0);
    out.append(System.lineSeparator());
  }

  private void copyLoop(StringBuilder out) {
    line(out, "kafka      produced first: %,d documents in %.1f s, %,.0f documents/s (generated, serialized, sent by one thread)",
        copyLoop.produced().documents(), copyLoop.produced().documents() / copyLoop.producedPerSecond(), copyLoop.producedPerSecond());
    line(out, "           then copied by a read-committed consumer and a transactional producer, one transaction per poll:");
    line(out, "           %,d records in %.1f s, %,.0f records/s", copyLoop.copied(), copyLoop.seconds(), copyLoop.perSecond());
    usage(out, copyLoop.usage(), 0, copyLoop.copied());
    out.append(System.lineSeparator());
  }

  private void pipeline(StringBuilder out) {
    Map<String, Integer> outcomes = pipeline.outcomes();
    line(out, "pipeline   enrich + sink, end to end from the first document sent to the last output appended");
    line(out, "           %,d documents in %.1f s: %,.1f documents/s, %,.1f articles/s%s", pipeline.produced().documents(),
        pipeline.seconds(), pipeline.documentsPerSecond(), pipeline.articlesPerSecond(), pipelineToCopyLoop == null ? ""
            : String.format(Locale.ROOT, " (%.2f%% of the copy loop's rate)", 100 * pipelineToCopyLoop));
    line(out, "           outcomes: %,d articles, %,d duplicates (%,d exact, %,d near), %,d dead letters", outcomes.get("articles"),
        outcomes.get("duplicates"), outcomes.getOrDefault("duplicates exact", 0), outcomes.getOrDefault("duplicates near", 0),
        outcomes.get("dead letters"));
    line(out, "           %,d of the duplicates pair a copy with its source (%,d the other way round: the copy came out first)",
        pipeline.paired(), pipeline.reversed());
    line(out, "           alerts: %,d, for %,d articles", pipeline.alerts(), pipeline.articlesAlerted());
    line(out, "           %-22s %8s %8s %8s %8s%s", "latency (ms)", "p50", "p99", "max", "count",
        setup.warmup() > 0 ? String.format(Locale.ROOT, "   (after the first %,d documents)", setup.warmup()) : "");
    pipeline.latency().forEach((path, l) -> line(out, "           %-22s %8d %8d %8d %8d", path, l.p50(), l.p99(), l.max(), l.count()));
    usage(out, pipeline.usage(), pipeline.produced().cpuSeconds(), pipeline.produced().documents());
  }

  private static void usage(StringBuilder out, ProcessMeter.Usage usage, double feederCpu, int documents) {
    line(out, "           process CPU %.1f s (%.2f cores, %.2f ms a document%s); heap peak %.0f MB of %.0f MB; GC %d, %.1f s",
        usage.cpuSeconds(), usage.cpuSeconds() / Math.max(1e-3, usage.wallSeconds()), 1e3 * usage.cpuSeconds() / Math.max(1, documents),
        feederCpu > 0 ? String.format(Locale.ROOT, "; %.1f s of it generating and producing", feederCpu) : "",
        usage.heapPeakBytes() / 1048576.0, usage.heapMaxBytes() / 1048576.0, usage.gcCount(), usage.gcSeconds());
  }

  private static String languages(Feeder.Produced produced) {
    return new TreeMap<>(produced.languages()).entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, produced.documents())))
        .collect(Collectors.joining(", "));
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
  }
}
