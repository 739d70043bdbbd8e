package io.newsflow.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * What this JVM spent during one phase, from the platform MXBeans: CPU time of the whole process
 * (the embedded broker included when it runs here), the most heap seen in use at the samples the
 * phase takes, and garbage collection.
 */
final class ProcessMeter {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long startCpu;
  private final long startNanos;
  private final long startGcCount;
  private final long startGcMillis;
  private long heapPeak;

  ProcessMeter() {
    startCpu = processCpuNanos();
    startNanos = System.nanoTime();
    startGcCount = gcCount();
    startGcMillis = gcMillis();
    sample();
  }

  /** Notes the heap in use now; called at each progress tick. */
  void sample() {
    heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
  }

  Usage stop() {
    sample();
    return new Usage((System.nanoTime() - startNanos) / 1e9, (processCpuNanos() - startCpu) / 1e9,
        heapPeak, memory.getHeapMemoryUsage().getCommitted(), Runtime.getRuntime().maxMemory(),
        gcCount() - startGcCount, (gcMillis() - startGcMillis) / 1e3);
  }

  /**
   * What a phase spent.
   *
   * @param heapPeakBytes the most heap in use at any sample (each progress tick)
   * @param heapCommittedBytes heap the JVM held at the end
   * @param heapMaxBytes the JVM's heap limit (-Xmx)
   */
  record Usage(double wallSeconds, double cpuSeconds, long heapPeakBytes, long heapCommittedBytes, long heapMaxBytes,
      long gcCount, double gcSeconds) {}

  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(c -> c > 0).sum();
  }
}
