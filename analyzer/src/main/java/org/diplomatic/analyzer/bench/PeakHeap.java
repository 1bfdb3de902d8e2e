package org.diplomatic.analyzer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use from the JVM's memory pools: {@link #reset()} before a run, {@link #megabytes()} after it. The sum of
 * each heap pool's own peak, so an upper bound of the true simultaneous peak.
 */
public final class PeakHeap {
  private PeakHeap() {}

  public static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  public static double megabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /** The -Xmx in effect (maximum heap), in MB. */
  public static double maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }
}
