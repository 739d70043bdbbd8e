package io.newsflow.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow setup}: creates the topics of the live namespace on the cluster (idempotent). */
@Command(name = "setup", mixinStandardHelpOptions = true,
    description = "Creates the topics newsflow uses (topics.prefix, topics.partitions,"
        + " topics.replicationFactor) where they do not exist yet, then exits.")
final class SetupCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ClusterOptions cluster;

  @Override
  public Integer call() {
    try (LiveTopics live = LiveTopics.open(cluster.settings())) {
      live.topics().all().forEach(t -> spec.commandLine().getOut().println(t.name()));
    }
    return 0;
  }
}
