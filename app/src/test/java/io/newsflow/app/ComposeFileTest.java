package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.core.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docker-compose.yml configures the services only with settings the code reads. */
class ComposeFileTest {

  private static final Path COMPOSE = Path.of("").toAbsolutePath().getParent().resolve("docker-compose.yml");
  private static final Pattern VARIABLE = Pattern.compile("^\\s*((?:NEWSFLOW|KAFKA_BOOTSTRAP)_[A-Z0-9_]*):", Pattern.MULTILINE);

  @Test
  void everyNewsflowVariableIsAKnownSetting() throws IOException {
    Set<String> known = defaults().stringPropertyNames().stream()
        .map(Settings::environmentName).collect(Collectors.toSet());
    Matcher matcher = VARIABLE.matcher(Files.readString(COMPOSE));
    List<String> used = matcher.results().map(m -> m.group(1)).toList();
    assertFalse(used.isEmpty());
    used.forEach(name -> assertTrue(known.contains(name) || name.startsWith("NEWSFLOW_KAFKA_"),
        name + " in docker-compose.yml is not a setting newsflow reads"));
  }

  private static Properties defaults() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(Settings.DEFAULTS)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
