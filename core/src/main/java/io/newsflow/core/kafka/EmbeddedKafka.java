package io.newsflow.core.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run
 * from the Kafka jars with its data on disk, so that newsflow needs no set-up. The data
 * directory is formatted on first use and kept across runs. While it runs, its client address
 * is written to {@code broker.address} in the data directory, so that other newsflow commands
 * on the same machine can find it instead of starting a second broker.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final String ADDRESS_FILE = "broker.address";
  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final Path dataDir;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, Path dataDir, String bootstrapServers) {
    this.server = server;
    this.dataDir = dataDir;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts a broker on {@code dataDir}, formatting it first if it is new.
   *
   * @param port client port, or 0 for a free one
   */
  public static EmbeddedKafka start(Path dataDir, int port) {
    Path logDir = dataDir.toAbsolutePath().resolve("data");
    int clientPort = port == 0 ? freePort() : port;
    int controllerPort = freePort();
    Properties config = brokerConfig(logDir, clientPort, controllerPort);
    formatIfNew(logDir, config);
    removeDeletedPartitions(logDir);
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    server.startup();
    String bootstrap = "127.0.0.1:" + clientPort;
    writeAddress(dataDir, bootstrap);
    LOG.info("Embedded Kafka broker started at {} with data in {}", bootstrap, logDir);
    return new EmbeddedKafka(server, dataDir, bootstrap);
  }

  /**
   * The address of a broker that another process runs on {@code dataDir}, if one answers.
   */
  public static Optional<String> runningOn(Path dataDir) {
    Path file = dataDir.resolve(ADDRESS_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String address = Files.readString(file, StandardCharsets.UTF_8).trim();
      return answers(address) ? Optional.of(address) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(dataDir.resolve(ADDRESS_FILE));
    } catch (IOException e) {
      LOG.warn("Cannot remove {} in {}", ADDRESS_FILE, dataDir, e);
    }
    server.shutdown();
    server.awaitShutdown();
    LOG.info("Embedded Kafka broker at {} stopped", bootstrapServers);
  }

  private static Properties brokerConfig(Path logDir, int clientPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "3");
    p.put("auto.create.topics.enable", "false");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "3");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "3");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    // A broker serves clients once the controller has unfenced it, on its first heartbeats.
    p.put("broker.heartbeat.interval.ms", "200");
    // Replays delete their topics; remove the files at once rather than a minute later.
    p.put("log.segment.delete.delay.ms", "0");
    p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
    return p;
  }

  private static void formatIfNew(Path logDir, Properties config) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(logDir);
      new Formatter()
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .addDirectory(logDir.toString())
          .setReleaseVersion(MetadataVersion.latestProduction())
          .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
          .setControllerListenerName("CONTROLLER")
          .setMetadataLogDirectory(logDir.toString())
          .setIgnoreFormatted(true)
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka data directory " + logDir, e);
    }
  }

  /**
   * Kafka renames the folder of a deleted partition to {@code <name>-delete} and removes it a
   * little later; a broker stopped before then (a replay deletes its topics just before it
   * stops) leaves the folders behind. The broker is not running here, so they can go.
   */
  private static void removeDeletedPartitions(Path logDir) {
    try (Stream<Path> entries = Files.list(logDir)) {
      for (Path dir : entries.filter(p -> p.getFileName().toString().endsWith("-delete")).toList()) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      LOG.warn("Cannot remove deleted partitions in {}: {}", logDir, e.getMessage());
    }
  }

  private static void writeAddress(Path dataDir, String bootstrap) {
    try {
      Files.writeString(dataDir.resolve(ADDRESS_FILE), bootstrap + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir.resolve(ADDRESS_FILE), e);
    }
  }

  private static boolean answers(String address) {
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      return false;
    }
    try (Socket socket = new Socket()) {
      int port = Integer.parseInt(address.substring(colon + 1));
      socket.connect(new InetSocketAddress(address.substring(0, colon), port), 500);
      return true;
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }
}
