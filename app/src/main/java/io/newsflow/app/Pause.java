package io.newsflow.app;

import java.time.Duration;

/** A short wait between polls that turns an interrupt into an exception that stops the command. */
public final class Pause {

  private Pause() {}

  public static void of(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
