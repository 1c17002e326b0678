package org.qualityaward.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
 * The most heap in use while it is watched. Between two collections the heap only fills, so its highest use is
 * what it held just before a collection (each collector reports it), or at the end. The sum of the heap
 * pools' own peaks, which come at different times, would only bound it from above, past the heap's size.
 */
final class HeapPeak {

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();
  private final NotificationListener listener = this::collected;
  private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
      .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();

  /** Starts watching the collections. */
  HeapPeak() {
    collectors.forEach(collector -> collector.addNotificationListener(listener, null, null));
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

  /** Stops watching; the peak in bytes: the highest use before a collection, or the use now if higher. */
  long stop() throws ListenerNotFoundException {
    for (NotificationEmitter collector : collectors) {
      collector.removeNotificationListener(listener);
    }
    return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }
}
