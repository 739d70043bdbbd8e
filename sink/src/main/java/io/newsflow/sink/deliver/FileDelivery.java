package io.newsflow.sink.deliver;

import io.newsflow.core.model.Alert;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends alerts to a subscription's JSON Lines file, one alert a line. The ids of the last
 * lines of each file are remembered (read back from the file on first use), so that an alert
 * delivered again after a crash or a rebalance is not written twice.
 */
final class FileDelivery {

  static final int REMEMBERED = 5_000;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Map<Path, Recent> recent = new HashMap<>();

  /** Appends {@code json} unless the file already holds {@code alert}; returns whether it wrote. */
  boolean append(Path file, Alert alert, byte[] json) {
    Recent ids = recent.computeIfAbsent(file.toAbsolutePath().normalize(), FileDelivery::readRecent);
    if (ids.contains(alert.id())) {
      return false;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      byte[] line = new byte[json.length + 1];
      System.arraycopy(json, 0, line, 0, json.length);
      line[json.length] = '\n';
      Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append alert " + alert.id() + " to " + file, e);
    }
    ids.add(alert.id());
    return true;
  }

  private static Recent readRecent(Path file) {
    Recent ids = new Recent();
    if (!Files.exists(file)) {
      return ids;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.lines().forEach(line -> {
        Matcher id = ID.matcher(line);
        if (id.find()) {
          ids.add(id.group(1));
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("cannot read alerts file " + file, e);
    }
    return ids;
  }

  /** The last {@link #REMEMBERED} ids, oldest forgotten first. */
  private static final class Recent {
    private final Deque<String> order = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();

    boolean contains(String id) {
      return ids.contains(id);
    }

    void add(String id) {
      if (ids.add(id)) {
        order.addLast(id);
        if (order.size() > REMEMBERED) {
          ids.remove(order.removeFirst());
        }
      }
    }
  }
}
