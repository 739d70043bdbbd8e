package io.newsflow.app;

import io.newsflow.sink.deliver.AlertTail;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow alerts tail}: alerts as they are raised, in the terminal. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Follows the alerts topic.")
final class AlertsCommand {

  @Mixin
  private ClusterOptions cluster;

  @Command(name = "tail", description = "Prints each new alert in a readable form until Ctrl-C.")
  void tail(@Option(names = "--subscription", paramLabel = "ID", description = "Only this subscription's alerts.") String subscription) {
    AtomicBoolean running = new AtomicBoolean(true);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.set(false);
      try {
        main.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "alerts-tail-shutdown"));
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      new AlertTail(System.out, subscription).follow(live.client(), live.topics(), running::get);
    }
  }
}
