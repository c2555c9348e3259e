package io.cccjdbc.fetch;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Starts at most {@code limit} tasks at a time and queues the rest, without holding a
 * thread for the queued ones; a statement's calls go through one of these.
 */
final class CallLimiter {

  private final int limit;
  private final Executor executor;
  private final Queue<Runnable> queued = new ArrayDeque<>();
  private int running;

  CallLimiter(int limit, Executor executor) {
    this.limit = limit;
    this.executor = executor;
  }

  /** Runs the task now or once a running one finishes; the task must call {@link #done()}. */
  void submit(Runnable task) {
    synchronized (this) {
      if (running >= limit) {
        queued.add(task);
        return;
      }
      running++;
    }
    executor.execute(task);
  }

  void done() {
    Runnable next;
    synchronized (this) {
      next = queued.poll();
      if (next == null) {
        running--;
        return;
      }
    }
    executor.execute(next);
  }
}
