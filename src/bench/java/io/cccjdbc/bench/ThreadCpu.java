package io.cccjdbc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CPU time of the process's live threads that a filter admits, per thread so that a sample can
 * be taken from another: a thread born between two samples counts from zero. A thread that ends
 * between them takes its time with it, so sample while the threads of interest are alive.
 */
final class ThreadCpu {

  /** CPU and user-mode CPU summed over the admitted threads, by thread id. */
  record Sample(Map<Long, long[]> byThread) {

    long cpuNanos() {
      return byThread.values().stream().mapToLong(times -> times[0]).sum();
    }

    long userNanos() {
      return byThread.values().stream().mapToLong(times -> times[1]).sum();
    }

    /** What each thread spent since {@code earlier}; a thread it did not see spent from zero. */
    Sample minus(Sample earlier) {
      Map<Long, long[]> spent = new HashMap<>();
      byThread.forEach((id, times) -> {
        long[] before = earlier.byThread.getOrDefault(id, new long[2]);
        spent.put(id, new long[] {times[0] - before[0], times[1] - before[1]});
      });
      return new Sample(spent);
    }
  }

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private final Predicate<ThreadInfo> counted;

  ThreadCpu(Predicate<ThreadInfo> counted) {
    this.counted = counted;
  }

  static Set<Long> liveThreadIds() {
    Set<Long> ids = new HashSet<>();
    for (long id : MX.getAllThreadIds()) {
      ids.add(id);
    }
    return ids;
  }

  Sample sample() {
    Map<Long, long[]> byThread = new HashMap<>();
    for (ThreadInfo thread : MX.getThreadInfo(MX.getAllThreadIds(), 0)) {
      // null: the thread ended since its id was read
      if (thread != null && counted.test(thread)) {
        long cpu = MX.getThreadCpuTime(thread.getThreadId());
        long user = MX.getThreadUserTime(thread.getThreadId());
        if (cpu >= 0 && user >= 0) {
          byThread.put(thread.getThreadId(), new long[] {cpu, user});
        }
      }
    }
    return new Sample(byThread);
  }
}
