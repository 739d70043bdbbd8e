package io.newsflow.sink.deliver;

import io.newsflow.core.kafka.JsonSerde;
import io.newsflow.core.kafka.Topics;
import io.newsflow.core.model.Alert;
import io.newsflow.sink.files.TopicFollower;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Prints alerts for a person at a terminal, two lines each: when, which subscription, new story
 * or update, the title, language and source; then the link, the story and why it matched.
 * {@code alerts tail} follows the {@code alerts} topic live with it.
 */
public final class AlertTail {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final JsonSerde<Alert> ALERTS = JsonSerde.of(Alert.class);

  private final PrintStream out;
  private final String subscription;

  /** Prints every alert, or only those of {@code subscription} when it is not null. */
  public AlertTail(PrintStream out, String subscription) {
    this.out = out;
    this.subscription = subscription;
  }

  /** The two lines of {@code alert}, without a final newline. */
  public static String format(Alert alert) {
    String when = alert.publishedAt() == null ? "----------------- " : TIME.format(alert.publishedAt()) + " ";
    String kind = alert.update() ? "update #" + alert.storyCount() : "new";
    String where = alert.source() == null ? alert.language() : alert.language() + ", " + alert.source();
    String story = alert.storyId() == null ? "" : "  story " + alert.storyId();
    String why = alert.matched().isEmpty() ? "" : "  matched " + String.join(" ", alert.matched());
    return when + "[" + alert.subscriptionId() + "] " + kind + "  " + oneLine(alert.title())
        + "  (" + where + ")\n    " + alert.url() + story + why;
  }

  /** Prints {@code alert} if it is of the followed subscription; returns whether it did. */
  public boolean print(Alert alert) {
    if (subscription != null && !subscription.equals(alert.subscriptionId())) {
      return false;
    }
    out.println(format(alert));
    out.flush();
    return true;
  }

  /**
   * Follows the {@code alerts} topic from its current end (committed alerts only) and prints
   * what arrives until {@code keepGoing} says stop.
   */
  public void follow(Properties clientProps, Topics topics, BooleanSupplier keepGoing) {
    try (TopicFollower follower = TopicFollower.fromEnd(clientProps, List.of(topics.alerts().name()))) {
      while (keepGoing.getAsBoolean()) {
        follower.pollOnce(this::print);
      }
    }
  }

  private void print(ConsumerRecord<String, byte[]> record) {
    if (subscription != null && !subscription.equals(record.key())) {
      return;
    }
    try {
      print(ALERTS.read(record.value()));
    } catch (RuntimeException e) {
      out.println("(unreadable alert at " + record.topic() + "-" + record.partition() + "@" + record.offset() + ")");
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
