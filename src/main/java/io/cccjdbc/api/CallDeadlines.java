package io.cccjdbc.api;

import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The deadline of every call in flight, kept by one daemon thread that cancels the calls that
 * outlive theirs. It replaces OkHttp's call timeout, whose watchdog is signalled on every call
 * that starts (a futex wake of another thread per request). Here a call that starts only adds
 * itself to an ordered set: the thread sleeps until the earliest deadline and is woken early
 * only by a call whose deadline comes before that, or when it has nothing to watch. As calls
 * with the same settings have later deadlines than those already in the set, a steady stream of
 * them wakes the thread about once per call timeout, not once per call.
 */
final class CallDeadlines {

  /** A call being watched; closing it (when the call is over) stops the watch. */
  final class Watch implements Comparable<Watch>, AutoCloseable {
    private final long deadline;
    private final long serial;

    private Watch(long deadline, long serial) {
      this.deadline = deadline;
      this.serial = serial;
    }

    @Override
    public int compareTo(Watch other) {
      // Differences, not values: System.nanoTime() may wrap.
      long sooner = deadline - other.deadline;
      return sooner != 0 ? Long.signum(sooner) : Long.compare(serial, other.serial);
    }

    @Override
    public void close() {
      watched.remove(this);
    }
  }

  private static final CallDeadlines SHARED = new CallDeadlines("ccc-jdbc call deadlines");

  /** Each call's deadline and what to do when it passes, soonest first. */
  private final ConcurrentSkipListMap<Watch, Runnable> watched = new ConcurrentSkipListMap<>();
  private final AtomicLong serials = new AtomicLong();
  private final Thread watcher;
  /** When the watcher wakes next, as System.nanoTime(); meaningless while {@link #idle}. */
  private volatile long wakeAt;
  /** Whether the watcher sleeps until a call wakes it. */
  private volatile boolean idle = true;

  private CallDeadlines(String name) {
    // No inherited thread locals and no context class loader: the thread outlives whatever
    // application thread first made a call.
    watcher = new Thread(null, this::watch, name, 0, false);
    watcher.setDaemon(true);
    watcher.setContextClassLoader(null);
    watcher.start();
  }

  static CallDeadlines shared() {
    return SHARED;
  }

  /**
   * Watches a call from now on: {@code onExpiry} runs on the watcher's thread if the call is
   * still watched {@code timeoutNanos} from now. It must be quick and must not throw.
   */
  Watch watch(long timeoutNanos, Runnable onExpiry) {
    Watch watch = new Watch(System.nanoTime() + timeoutNanos, serials.incrementAndGet());
    watched.put(watch, onExpiry);
    // Read after the add: either this sees the watcher's latest plan, or the watcher, which
    // looks at the set again after publishing its plan, sees this call.
    if (idle || watch.deadline - wakeAt < 0) {
      LockSupport.unpark(watcher);
    }
    return watch;
  }

  /**
   * The failure a call gets when its deadline passed: of the kind OkHttp's own call timeout
   * throws, with what the cancel caused as its cause.
   */
  static InterruptedIOException timedOut(Throwable cancelEffect) {
    InterruptedIOException timeout = new InterruptedIOException("timeout");
    timeout.initCause(cancelEffect);
    return timeout;
  }

  private void watch() {
    while (true) {
      long now = System.nanoTime();
      Map.Entry<Watch, Runnable> first = watched.firstEntry();
      while (first != null && first.getKey().deadline - now <= 0) {
        // remove() claims the call: one that closed its watch meanwhile is not touched
        Runnable onExpiry = watched.remove(first.getKey());
        if (onExpiry != null) {
          expire(onExpiry);
        }
        first = watched.firstEntry();
      }
      if (first == null) {
        idle = true;
        if (watched.isEmpty()) {
          LockSupport.park(this);
        }
      } else {
        Watch soonest = first.getKey();
        wakeAt = soonest.deadline;
        idle = false;
        Map.Entry<Watch, Runnable> again = watched.firstEntry();
        if (again != null && again.getKey() == soonest) {
          LockSupport.parkNanos(this, soonest.deadline - now);
        }
      }
    }
  }

  private void expire(Runnable onExpiry) {
    try {
      onExpiry.run();
    } catch (RuntimeException e) {
      // Reported the way an uncaught exception is, and the thread lives on for the other calls.
      watcher.getUncaughtExceptionHandler().uncaughtException(watcher, e);
    }
  }
}
