package io.newsflow.app;

import io.newsflow.core.config.Settings;
import io.newsflow.core.kafka.Topics;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.sink.SinkApp;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich and sink Streams applications, run together in this JVM. */
public final class Pipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final List<KafkaStreams> stages;

  private Pipeline(List<KafkaStreams> stages) {
    this.stages = stages;
  }

  /** Starts both stages and waits until they run. */
  public static Pipeline start(Settings settings, String bootstrapServers, Topics topics) {
    Pipeline pipeline = new Pipeline(List.of(
        EnrichApp.create(settings, bootstrapServers, topics),
        SinkApp.create(settings, bootstrapServers, topics)));
    pipeline.stages.forEach(stage -> {
      stage.setUncaughtExceptionHandler(e -> {
        LOG.error("A stream thread failed; replacing it", e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
      });
      stage.start();
    });
    pipeline.awaitRunning();
    return pipeline;
  }

  private void awaitRunning() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (stages.stream().anyMatch(s -> s.state() != KafkaStreams.State.RUNNING)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the pipeline did not start within " + START_TIMEOUT.toSeconds() + " s");
      }
      if (stages.stream().anyMatch(s -> s.state() == KafkaStreams.State.ERROR)) {
        throw new IllegalStateException("a pipeline stage failed to start (see the log)");
      }
      Pause.of(Duration.ofMillis(50));
    }
  }

  @Override
  public void close() {
    CloseOptions leave = CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP);
    stages.forEach(stage -> stage.close(leave.withTimeout(Duration.ZERO)));
    stages.forEach(stage -> stage.close(leave.withTimeout(Duration.ofSeconds(30))));
  }
}
