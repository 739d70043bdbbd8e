package io.newsflow.core.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers that travel with a dead letter: its value is the original bytes, unchanged, and
 * these say which stage gave up on it, why, and where it came from.
 */
public final class DeadLetters {

  public static final String STAGE = "newsflow.stage";
  public static final String ERROR = "newsflow.error";
  public static final String SOURCE_TOPIC = "newsflow.source.topic";
  public static final String SOURCE_PARTITION = "newsflow.source.partition";
  public static final String SOURCE_OFFSET = "newsflow.source.offset";

  private DeadLetters() {}

  /** Adds the stage and error headers (replacing earlier ones). */
  public static Headers describe(Headers headers, String stage, Throwable error) {
    return describe(headers, stage, reason(error));
  }

  public static Headers describe(Headers headers, String stage, String error) {
    headers.remove(STAGE).remove(ERROR);
    headers.add(STAGE, utf8(stage));
    headers.add(ERROR, utf8(error));
    return headers;
  }

  /** The source coordinates of a record, for redriving it after a fix. */
  public static Headers source(Headers headers, String topic, int partition, long offset) {
    headers.remove(SOURCE_TOPIC).remove(SOURCE_PARTITION).remove(SOURCE_OFFSET);
    headers.add(SOURCE_TOPIC, utf8(topic));
    headers.add(SOURCE_PARTITION, utf8(Integer.toString(partition)));
    headers.add(SOURCE_OFFSET, utf8(Long.toString(offset)));
    return headers;
  }

  /** The value of a header as text, or null when absent. */
  public static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** A one-line reason: the exception's class and message, and its root cause's. */
  public static String reason(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = error.getClass().getSimpleName() + ": " + firstLine(error.getMessage());
    return root == error ? top : top + " (caused by " + root.getClass().getSimpleName() + ": "
        + firstLine(root.getMessage()) + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }

  private static byte[] utf8(String text) {
    return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
  }
}
