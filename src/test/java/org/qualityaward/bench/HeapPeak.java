package org.qualityaward.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use while it is open. Between two collections the heap only fills, so its highest use is
 * what it held just before a collection (each collector reports it), or at the end. The sum of the heap
 * pools' own peaks, which come at different times, would only bound it from above, past the heap's size.
 */
final class HeapPeak implements AutoCloseable {

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();
  private final List<Runnable> removals = new ArrayList<>();

  HeapPeak() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        NotificationListener listener = this::collected;
        emitter.addNotificationListener(listener, null, null);
        removals.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (ListenerNotFoundException gone) {
            // nothing left to remove
          }
        });
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
          .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
      peak.accumulateAndGet(heapInUse(before), Math::max);
    }
  }

  private long heapInUse(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
        .mapToLong(pool -> pool.getValue().getUsed()).sum();
  }

  /** The peak so far, in bytes: the highest use before a collection, or the use now if higher. */
  long bytes() {
    return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  @Override
  public void close() {
    removals.forEach(Runnable::run);
  }
}
