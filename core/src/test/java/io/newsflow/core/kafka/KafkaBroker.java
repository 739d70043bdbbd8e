package io.newsflow.core.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one Kafka broker that every integration test shares, as a JUnit extension: the embedded
 * KRaft broker by default, a Testcontainers {@code apache/kafka} broker when
 * {@code NEWSFLOW_TEST_KAFKA=testcontainers} and Docker is available (skipped cleanly
 * otherwise), or an external cluster named by {@code NEWSFLOW_TEST_BOOTSTRAP}. Tests take it as
 * a parameter and use unique topic prefixes and group ids.
 */
public final class KafkaBroker implements ParameterResolver, ExecutionCondition {

  public static final String TESTCONTAINERS_IMAGE = "apache/kafka:4.1.1";

  private final String bootstrapServers;

  /** The extension itself, as JUnit creates it; tests receive the running broker instead. */
  public KafkaBroker() {
    this(null);
  }

  private KafkaBroker(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A topic prefix no other test uses. */
  public static String uniquePrefix(String testName) {
    return "it-" + testName + "-" + UUID.randomUUID().toString().substring(0, 8) + ".";
  }

  /** Creates every topic of {@code topics} with {@code partitions} partitions. */
  public void createTopics(Topics topics, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(
              topics.all().stream()
                  .map(t -> new NewTopic(t.name(), partitions, (short) 1)
                      .configs(t.compacted() ? Map.of("cleanup.policy", "compact") : Map.of()))
                  .toList())
          .all()
          .get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topics " + topics.prefix() + "*", e);
    }
  }

  public Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return Admin.create(props);
  }

  /** Tests that need Testcontainers are skipped, not failed, where no Docker engine runs. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (wantsTestcontainers() && !DockerClientFactory.instance().isDockerAvailable()) {
      return ConditionEvaluationResult.disabled("NEWSFLOW_TEST_KAFKA=testcontainers but Docker is not available");
    }
    return ConditionEvaluationResult.enabled("a broker is available");
  }

  private static boolean wantsTestcontainers() {
    String external = System.getenv("NEWSFLOW_TEST_BOOTSTRAP");
    return (external == null || external.isBlank())
        && "testcontainers".equalsIgnoreCase(System.getenv("NEWSFLOW_TEST_KAFKA"));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot()
        .getStore(ExtensionContext.Namespace.create(KafkaBroker.class))
        .getOrComputeIfAbsent("broker", key -> Running.start(), Running.class)
        .broker;
  }

  /** The started broker, closed by JUnit when the whole run ends. */
  private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final KafkaBroker broker;
    private final AutoCloseable stopper;

    private Running(String bootstrap, AutoCloseable stopper) {
      this.broker = new KafkaBroker(bootstrap);
      this.stopper = stopper;
    }

    static Running start() {
      String external = System.getenv("NEWSFLOW_TEST_BOOTSTRAP");
      if (external != null && !external.isBlank()) {
        return new Running(external, () -> { });
      }
      if (wantsTestcontainers()) {
        KafkaContainer container = new KafkaContainer(TESTCONTAINERS_IMAGE);
        container.start();
        return new Running(container.getBootstrapServers(), container::stop);
      }
      EmbeddedKafka embedded = EmbeddedKafka.start(tempDir(), 0);
      return new Running(embedded.bootstrapServers(), embedded);
    }

    private static Path tempDir() {
      try {
        return Files.createTempDirectory("newsflow-it-kafka");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws Exception {
      stopper.close();
    }
  }
}
