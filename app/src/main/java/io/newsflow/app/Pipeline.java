package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.StreamsSupport;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.metrics.MetricsServer;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.sink.SinkApp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich and sink Streams applications, run together in this JVM. */
public final class Pipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Map<String, KafkaStreams> stages;

  private Pipeline(Map<String, KafkaStreams> stages) {
    this.stages = stages;
  }

  /** Starts both stages and waits until they run. */
  public static Pipeline start(Settings settings, String bootstrapServers, Topics topics) {
    Map<String, KafkaStreams> stages = new LinkedHashMap<>();
    stages.put("enrich", EnrichApp.create(settings, bootstrapServers, topics));
    stages.put("sink", SinkApp.create(settings, bootstrapServers, topics));
    Pipeline pipeline = new Pipeline(stages);
    pipeline.stages.values().forEach(stage -> {
      stage.setUncaughtExceptionHandler(e -> {
        LOG.error("A stream thread failed; replacing it", e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
      });
      stage.start();
    });
    pipeline.awaitRunning();
    return pipeline;
  }

  /** Binds both stages' metrics, and adds them to {@code /health}. */
  public void bind(MetricsServer metrics) {
    stages.forEach(metrics::bind);
  }

  private void awaitRunning() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (stages.values().stream().anyMatch(s -> s.state() != KafkaStreams.State.RUNNING)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the pipeline did not start within " + START_TIMEOUT.toSeconds() + " s");
      }
      if (stages.values().stream().anyMatch(s -> s.state() == KafkaStreams.State.ERROR)) {
        throw new IllegalStateException("a pipeline stage failed to start (see the log)");
      }
      Pause.of(Duration.ofMillis(50));
    }
  }

  @Override
  public void close() {
    stages.values().forEach(stage -> stage.close(StreamsSupport.LEAVE_GROUP.withTimeout(Duration.ZERO)));
    stages.values().forEach(stage -> stage.close(StreamsSupport.LEAVE_GROUP.withTimeout(StreamsSupport.CLOSE_TIMEOUT)));
  }
}
