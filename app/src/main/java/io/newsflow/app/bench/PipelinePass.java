package io.newsflow.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.GroupProgress;
import io.newsflow.app.Namespace;
import io.newsflow.app.Pipeline;
import io.newsflow.app.bench.BenchDocument.Kind;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Json;
import io.newsflow.sink.files.TopicFollower;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The whole pipeline (enrich and sink, in this JVM, with the namespace's settings) on the
 * generated stream: follows the output topics with a read-committed consumer while the stream is
 * produced, until every document has an outcome and the sink has matched every article, and
 * measures throughput, latency, CPU and heap.
 */
final class PipelinePass {

  private static final Duration STALL = Duration.ofSeconds(120);
  private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);

  private final String bootstrapServers;
  private final Properties client;
  private final Namespace namespace;
  private final Topics topics;
  private final PrintStream progress;
  private final boolean terminal;

  PipelinePass(String bootstrapServers, Properties client, Namespace namespace, PrintStream progress, boolean terminal) {
    this.bootstrapServers = bootstrapServers;
    this.client = client;
    this.namespace = namespace;
    this.topics = namespace.topics();
    this.progress = progress;
    this.terminal = terminal;
  }

  /**
   * What the pipeline did with the stream.
   *
   * @param seconds from the first document sent to the last outcome or alert appended
   * @param paired duplicate verdicts that pair two documents with the same generated text (a copy
   *     and its source, or two copies of one source)
   * @param reversed of those, verdicts on the source rather than on its copy (the copy was judged first)
   */
  record Result(Feeder.Produced produced, Map<String, Integer> outcomes, Map<Kind, Integer> planned, int paired,
      int reversed, int alerts, int articlesAlerted, double seconds, double documentsPerSecond, double articlesPerSecond,
      Map<String, LatencyStats.Latency> latency, ProcessMeter.Usage usage, List<Timeline.Sample> timeline) {}

  /** Runs the stream through the pipeline; the first {@code warmup} documents count in every figure but latency. */
  Result run(ArticleStream stream, double rate, int warmup) {
    List<String> outputs = List.of(topics.articles().name(), topics.duplicates().name(), topics.deadLetters().name(),
        topics.alerts().name());
    try (TopicFollower follower = TopicFollower.fromEnd(client, outputs);
        Pipeline pipeline = Pipeline.start(namespace.settings(), bootstrapServers, topics)) {
      ProcessMeter meter = new ProcessMeter();
      Timeline timeline = new Timeline(SAMPLE_EVERY);
      Feeder feeder = new Feeder(stream, client, topics.raw().name(), rate);
      Outcomes seen = new Outcomes(stream, feeder, warmup);
      ProgressLine line = new ProgressLine(progress, "pipeline", stream.size(), terminal);
      feeder.start();
      awaitOutcomes(follower, feeder, seen, meter, line, timeline);
      line.finish(feeder.sent(), seen.done);
      Feeder.Produced produced = feeder.finish();
      awaitSink(seen.articleOffsets);
      follower.readUntil(follower.endOffsets(), seen::accept);
      return seen.result(produced, meter.stop(), timeline.samples());
    }
  }

  private void awaitOutcomes(TopicFollower follower, Feeder feeder, Outcomes seen, ProcessMeter meter, ProgressLine line,
      Timeline timeline) {
    long start = System.nanoTime();
    long lastProgress = start;
    while (seen.done < seen.total) {
      int before = seen.done;
      follower.pollOnce(seen::accept);
      feeder.check();
      if (seen.done > before) {
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
        throw new IllegalStateException("no new outcome for " + STALL.toSeconds() + " s; " + seen.done + " of "
            + seen.total + " documents have one (see the log)");
      }
      meter.sample();
      timeline.sample(start, feeder.sent() - seen.done, seen.outcomes.get("dead letters"));
      line.update(feeder.sent(), seen.done);
    }
  }

  /** Waits until the sink has matched every article and committed the alerts they raised. */
  private void awaitSink(Map<TopicPartition, Long> articleOffsets) {
    String sink = namespace.sinkApplicationId();
    try (Admin admin = Admin.create(client)) {
      GroupProgress.awaitCommitted(admin, sink, articleOffsets, STALL);
      List<String> internal = GroupProgress.repartitionTopics(admin, sink);
      if (internal.isEmpty()) {
        return;
      }
      Map<TopicPartition, Long> next = new HashMap<>();
      try (TopicFollower repartitioned = new TopicFollower(client, internal)) {
        repartitioned.readUntil(repartitioned.endOffsets(), r -> next.merge(partition(r), r.offset() + 1, Math::max));
      }
      GroupProgress.awaitCommitted(admin, sink, next, STALL);
    }
  }

  private static TopicPartition partition(ConsumerRecord<?, ?> record) {
    return new TopicPartition(record.topic(), record.partition());
  }

  /** What the output topics said so far, for one run. */
  private final class Outcomes {

    private final Feeder feeder;
    private final int warmup;
    private final int total;
    private final boolean[] answered;
    private final int[] roots;
    private final Map<String, Integer> outcomes = new HashMap<>();
    private final Map<Kind, Integer> planned = new EnumMap<>(Kind.class);
    private final Map<String, LatencyStats> latency = new HashMap<>();
    private final Map<TopicPartition, Long> articleOffsets = new HashMap<>();
    private final boolean[] alerted;
    private int done;
    private int paired;
    private int reversed;
    private int alerts;
    private long lastAppend;

    Outcomes(ArticleStream stream, Feeder feeder, int warmup) {
      this.feeder = feeder;
      this.warmup = warmup;
      this.total = stream.size();
      this.answered = new boolean[total];
      this.alerted = new boolean[total];
      this.roots = new int[total];
      for (int i = 0; i < total; i++) {
        ArticleStream.Plan plan = stream.plan(i);
        boolean copy = plan.kind() == Kind.EXACT_DUPLICATE || plan.kind() == Kind.NEAR_DUPLICATE;
        roots[i] = copy ? plan.source() : i;
        planned.merge(plan.kind(), 1, Integer::sum);
      }
      List.of("articles", "duplicates", "dead letters").forEach(o -> outcomes.put(o, 0));
      List.of("raw→article", "raw→article visible", "raw→alert", "raw→alert visible")
          .forEach(path -> latency.put(path, new LatencyStats()));
    }

    void accept(ConsumerRecord<String, byte[]> record) {
      long now = System.currentTimeMillis();
      if (record.topic().equals(topics.alerts().name())) {
        alert(record, now);
        return;
      }
      int index = feeder.indexOf(record.key());
      if (index >= 0 && !answered[index]) {
        answered[index] = true;
        done++;
        lastAppend = Math.max(lastAppend, record.timestamp());
        outcome(record, index, now);
      }
    }

    private void outcome(ConsumerRecord<String, byte[]> record, int index, long now) {
      if (record.topic().equals(topics.articles().name())) {
        outcomes.merge("articles", 1, Integer::sum);
        articleOffsets.merge(partition(record), record.offset() + 1, Math::max);
        latency("raw→article", index, record.timestamp(), now);
      } else if (record.topic().equals(topics.duplicates().name())) {
        JsonNode verdict = json(record);
        outcomes.merge("duplicates", 1, Integer::sum);
        outcomes.merge("duplicates " + verdict.path("kind").asText("?"), 1, Integer::sum);
        pair(index, feeder.indexOf(verdict.path("duplicateOf").asText(null)));
      } else {
        outcomes.merge("dead letters", 1, Integer::sum);
      }
    }

    /** Counts a verdict that pairs documents of the same generated text, and whether it came the other way round. */
    private void pair(int index, int original) {
      if (original >= 0 && roots[index] == roots[original]) {
        paired++;
        reversed += roots[index] == index ? 1 : 0;
      }
    }

    private void alert(ConsumerRecord<String, byte[]> record, long now) {
      int index = feeder.indexOf(json(record).path("articleId").asText(null));
      if (index < 0) {
        return;
      }
      alerts++;
      alerted[index] = true;
      lastAppend = Math.max(lastAppend, record.timestamp());
      latency("raw→alert", index, record.timestamp(), now);
    }

    /** Records how long document {@code index} took to be appended to an output and to be seen there. */
    private void latency(String path, int index, long appended, long seen) {
      if (index >= warmup) {
        latency.get(path).record(appended - feeder.sentAt(index));
        latency.get(path + " visible").record(seen - feeder.sentAt(index));
      }
    }

    Result result(Feeder.Produced produced, ProcessMeter.Usage usage, List<Timeline.Sample> timeline) {
      double seconds = Math.max(1e-3, (lastAppend - feeder.firstSentMillis()) / 1e3);
      int alertedArticles = 0;
      for (boolean a : alerted) {
        alertedArticles += a ? 1 : 0;
      }
      Map<String, LatencyStats.Latency> summaries = new LinkedHashMap<>();
      List.of("raw→article", "raw→article visible", "raw→alert", "raw→alert visible")
          .forEach(path -> summaries.put(path, latency.get(path).summary()));
      return new Result(produced, new TreeMap<>(outcomes), new EnumMap<>(planned), paired, reversed, alerts, alertedArticles, seconds,
          total / seconds, outcomes.get("articles") / seconds, summaries, usage, timeline);
    }
  }

  private static JsonNode json(ConsumerRecord<String, byte[]> record) {
    try {
      return Json.mapper().readTree(record.value());
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable record in " + record.topic() + " at offset " + record.offset(), e);
    }
  }
}
