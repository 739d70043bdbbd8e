package io.newsflow.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Immutable key/value settings: {@code newsflow-defaults.properties} (every key, with a
 * comment), then an optional file, then environment variables ({@code NEWSFLOW_TOPICS_PREFIX}
 * for {@code topics.prefix}, {@code KAFKA_BOOTSTRAP_SERVERS} for the bootstrap servers, and
 * {@code NEWSFLOW_KAFKA_*} for any other Kafka client key). Keys under {@code kafka.} pass
 * through to the Kafka clients.
 */
public final class Settings {

  public static final String DEFAULTS = "newsflow-defaults.properties";
  public static final String KAFKA_PREFIX = "kafka.";
  public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
  private static final String ENV_PREFIX = "NEWSFLOW_";

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Defaults, then {@code file} when not null, then {@code environment}. */
  public static Settings load(Path file, Map<String, String> environment) {
    Map<String, String> values = defaults();
    if (file != null) {
      values.putAll(readFile(file));
    }
    values.putAll(fromEnvironment(values, environment));
    return new Settings(values);
  }

  /** The defaults alone, for tests and tools. */
  public static Settings defaultSettings() {
    return new Settings(defaults());
  }

  /** A copy with one key set, for command-line options; the key must be known. */
  public Settings with(String key, String value) {
    if (!values.containsKey(key) && !key.startsWith(KAFKA_PREFIX)) {
      throw new IllegalArgumentException("unknown setting: " + key);
    }
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key, value == null ? "" : value);
    return new Settings(copy);
  }

  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("unknown setting: " + key + " (not in " + DEFAULTS + ")");
    }
    return value.trim();
  }

  public int getInt(String key) {
    try {
      return Integer.parseInt(get(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + get(key) + "'");
    }
  }

  public double getDouble(String key) {
    try {
      return Double.parseDouble(get(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, not '" + get(key) + "'");
    }
  }

  public boolean getBoolean(String key) {
    String value = get(key).toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
    }
    return value.equals("true");
  }

  public Duration getDuration(String key) {
    return Durations.parse(key, get(key));
  }

  /** True when no bootstrap servers are configured: the app then embeds a broker. */
  public boolean usesEmbeddedBroker() {
    return get(BOOTSTRAP_SERVERS).isEmpty();
  }

  /** The Kafka client properties: every non-empty {@code kafka.*} key without its prefix. */
  public Properties kafkaProperties() {
    Properties properties = new Properties();
    values.forEach(
        (key, value) -> {
          if (key.startsWith(KAFKA_PREFIX) && !value.isBlank()) {
            properties.put(key.substring(KAFKA_PREFIX.length()), value.trim());
          }
        });
    return properties;
  }

  /** The environment variable that overrides a key: {@code ingest.allowPrivateNetworks} ->
   * {@code NEWSFLOW_INGEST_ALLOW_PRIVATE_NETWORKS}. */
  public static String environmentName(String key) {
    if (key.equals(BOOTSTRAP_SERVERS)) {
      return "KAFKA_BOOTSTRAP_SERVERS";
    }
    String snake = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').replace('-', '_');
    return ENV_PREFIX + snake.toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> fromEnvironment(
      Map<String, String> known, Map<String, String> environment) {
    Map<String, String> found = new TreeMap<>();
    for (String key : known.keySet()) {
      String value = environment.get(environmentName(key));
      if (value != null) {
        found.put(key, value);
      }
    }
    String kafkaEnv = ENV_PREFIX + "KAFKA_";
    environment.forEach(
        (name, value) -> {
          if (name.startsWith(kafkaEnv)) {
            String key = KAFKA_PREFIX
                + name.substring(kafkaEnv.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            found.putIfAbsent(key, value);
          }
        });
    return found;
  }

  private static Map<String, String> defaults() {
    try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
      }
      return toMap(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> readFile(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return toMap(read(reader));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("config file not found: " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage());
    }
  }

  private static Properties read(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    return properties;
  }

  private static Map<String, String> toMap(Properties properties) {
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
    return map;
  }
}
