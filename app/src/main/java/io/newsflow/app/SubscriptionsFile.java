package io.newsflow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.model.Json;
import io.newsflow.core.model.Subscription;
import io.newsflow.sink.match.SubscriptionMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a subscriptions file, a JSON array of {@code {"id": ..., "query": ...}} objects, and
 * checks every entry before any is used: an error names the file, the entry and what is wrong.
 */
final class SubscriptionsFile {

  private SubscriptionsFile() {}

  static List<Subscription> read(Path file) {
    JsonNode root = parse(file);
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of {\"id\", \"query\"} objects");
    }
    List<Subscription> subscriptions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      Subscription subscription = entry(file, i, root.get(i));
      if (!ids.add(subscription.id())) {
        throw new IllegalArgumentException(file + ": entry " + (i + 1) + ": duplicate id '" + subscription.id() + "'");
      }
      subscriptions.add(subscription);
    }
    return subscriptions;
  }

  private static Subscription entry(Path file, int index, JsonNode node) {
    String where = file + ": entry " + (index + 1);
    try {
      Subscription subscription = Json.mapper().treeToValue(node, Subscription.class);
      SubscriptionMatcher.validate(subscription.query());
      return subscription.schemaVersion() == 0
          ? new Subscription(Subscription.SCHEMA_VERSION, subscription.id(), subscription.query(),
              subscription.webhook(), subscription.file(), subscription.digest())
          : subscription;
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException(where + ": " + message(cause), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String message(Throwable e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  private static JsonNode parse(Path file) {
    try {
      return Json.mapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not valid JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
    }
  }
}
