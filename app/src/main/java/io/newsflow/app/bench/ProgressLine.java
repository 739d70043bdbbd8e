package io.newsflow.app.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress bar of a phase on stderr: documents produced, outcomes seen and their rate,
 * redrawn in place on a terminal and printed every few seconds otherwise.
 */
final class ProgressLine {

  private static final int WIDTH = 30;
  private static final long TERMINAL_EVERY = 250_000_000L;
  private static final long LOG_EVERY = 5_000_000_000L;

  private final PrintStream out;
  private final String phase;
  private final int total;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastShown;

  ProgressLine(PrintStream out, String phase, int total, boolean terminal) {
    this.out = out;
    this.phase = phase;
    this.total = total;
    this.terminal = terminal;
  }

  /** Shows the line if it is time to. */
  void update(int produced, int done) {
    long now = System.nanoTime();
    if (now - lastShown < (terminal ? TERMINAL_EVERY : LOG_EVERY)) {
      return;
    }
    lastShown = now;
    out.print((terminal ? "\r" : "") + line(produced, done, now) + (terminal ? "" : "\n"));
    out.flush();
  }

  void finish(int produced, int done) {
    out.print((terminal ? "\r" : "") + line(produced, done, System.nanoTime()) + "\n");
    out.flush();
  }

  String line(int produced, int done, long now) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    return String.format(Locale.ROOT, "%-8s [%s%s] %d/%d produced, %d/%d done, %.0f/s, %.0f s", phase,
        "#".repeat(filled), " ".repeat(WIDTH - filled), produced, total, done, total, done / seconds, seconds);
  }
}
