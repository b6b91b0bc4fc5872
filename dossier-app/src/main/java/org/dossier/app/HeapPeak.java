package org.dossier.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of a stretch of work, from the JVM's memory pools and collections: reset, work,
 * read. Two figures: {@link #bytes} bounds the heap in use from above (each pool's own peak,
 * reached at different moments, summed), {@link #liveBytes} is the most the heap held just after
 * a collection, what the work really needed to keep. An article fits in {@code -Xmx} when its
 * live peak does.
 */
final class HeapPeak {

  private static final AtomicLong LIVE = new AtomicLong();
  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            LIVE.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
  }

  private HeapPeak() {}

  /** Collects garbage, then starts every memory pool's peak afresh. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    LIVE.set(0);
  }

  /** The sum of the heap pools' peaks since {@link #reset}: an upper bound on the heap in use at any moment. */
  static long bytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The most heap in use just after a collection since {@link #reset} (0 if none ran): the live
   * data of the work at its largest (heap pools only: no metaspace or code cache).
   */
  static long liveBytes() {
    return LIVE.get();
  }
}
