package io.newsflow.ingest.fetch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-host politeness: at most {@code perHost} requests at once to one host, and at least
 * {@code minDelay} between the starts of two requests to it. Callers wait their turn.
 */
public final class HostGate {

  private final int perHost;
  private final long minDelayNanos;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  public HostGate(int perHost, java.time.Duration minDelay) {
    if (perHost < 1 || minDelay.isNegative()) {
      throw new IllegalArgumentException("perHost must be at least 1 and minDelay not negative");
    }
    this.perHost = perHost;
    this.minDelayNanos = minDelay.toNanos();
  }

  /** A gate that lets everything through at once: politeness off, for benchmarks and tools. */
  public static HostGate open() {
    return new HostGate(Integer.MAX_VALUE, java.time.Duration.ZERO);
  }

  /** Waits until a request to {@code host} may start; close the pass when it is done. */
  public Pass enter(String host) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
    slot.acquire(perHost, minDelayNanos);
    return slot::release;
  }

  /** A granted request slot. */
  @FunctionalInterface
  public interface Pass extends AutoCloseable {
    @Override
    void close();
  }

  /** One host's counters; guarded by its own monitor. */
  private static final class Slot {
    private int active;
    private long nextStart = System.nanoTime();

    synchronized void acquire(int max, long delay) throws InterruptedException {
      while (true) {
        long wait = nextStart - System.nanoTime();
        if (active < max && wait <= 0) {
          break;
        }
        if (active >= max) {
          wait();
        } else {
          wait(Math.max(1, wait / 1_000_000), 0);
        }
      }
      active++;
      nextStart = System.nanoTime() + delay;
    }

    synchronized void release() {
      active--;
      notifyAll();
    }
  }
}
