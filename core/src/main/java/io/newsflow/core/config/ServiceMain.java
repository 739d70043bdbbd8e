package io.newsflow.core.config;

import io.newsflow.core.metrics.MetricsServer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every standalone service's {@code main} shares (ingest, enrich, sink, delivery): its
 * settings from an optional config file and the environment, a cluster it must be given, and a
 * life that lasts until the JVM is asked to stop.
 */
public final class ServiceMain {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceMain.class);

  private ServiceMain() {}

  /** The settings of {@code service}: {@code [config-file]} then the environment; a cluster is required. */
  public static Settings settings(String[] args, String service) {
    Settings settings = Settings.load(args.length > 0 ? Path.of(args[0]) : null, System.getenv());
    if (settings.usesEmbeddedBroker()) {
      throw new IllegalArgumentException("set KAFKA_BOOTSTRAP_SERVERS: the " + service + " service needs a Kafka cluster");
    }
    return settings;
  }

  /** Serves the service's metrics ({@code instrument} binds its own), runs {@code start}, then
   * blocks until the JVM is asked to stop, and runs {@code stop} then. */
  public static void runUntilShutdown(String service, Settings settings, Runnable start, Runnable stop,
      Consumer<MetricsServer> instrument) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    MetricsServer metrics = MetricsServer.start(settings, service);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.run();
      metrics.close();
      stopped.countDown();
    }, service + "-shutdown"));
    instrument.accept(metrics);
    start.run();
    LOG.info("{} started", service);
    stopped.await();
  }
}
