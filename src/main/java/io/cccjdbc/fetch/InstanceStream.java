package io.cccjdbc.fetch;

import io.cccjdbc.api.Instance;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Instances by id, fetched at most {@code window} ahead of the consumer and handed over
 * in the order they arrive: the first rows flow while later calls are still under way,
 * and a consumer that stops early stops the fetching too.
 */
final class InstanceStream implements CloseableIterator<Instance> {

  private static final CompletableFuture<Optional<Instance>> WAKE_UP = new CompletableFuture<>();

  private final StatementFetch fetch;
  private final Supplier<List<String>> idSource;
  private final int window;
  private final BlockingQueue<CompletableFuture<Optional<Instance>>> arrived =
      new LinkedBlockingQueue<>();
  private List<String> ids;
  private int submitted;
  private int pending;
  private Instance next;
  private boolean closed;

  InstanceStream(StatementFetch fetch, Supplier<List<String>> idSource, int window) {
    this.fetch = fetch;
    this.idSource = idSource;
    this.window = Math.max(1, window);
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      return false;
    }
    if (ids == null) {
      ids = idSource.get();
    }
    while (true) {
      fill();
      if (pending == 0) {
        close();
        return false;
      }
      Optional<Instance> instance = fetch.await(take());
      pending--;
      if (instance.isPresent()) {
        next = instance.get();
        return true;
      }
    }
  }

  @Override
  public Instance next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Instance result = next;
    next = null;
    return result;
  }

  private void fill() {
    while (pending < window && submitted < ids.size()) {
      CompletableFuture<Optional<Instance>> detail = fetch.detail(ids.get(submitted++));
      pending++;
      detail.whenComplete((value, error) -> arrived.add(detail));
    }
  }

  private CompletableFuture<Optional<Instance>> take() {
    try {
      while (true) {
        QueryCanceledException stopped = fetch.stopped();
        if (stopped != null) {
          throw stopped;
        }
        long left = fetch.remainingMillis();
        if (left <= 0) {
          throw fetch.stop(true);
        }
        long start = System.nanoTime();
        CompletableFuture<Optional<Instance>> done = left == Long.MAX_VALUE
            ? arrived.take()
            : arrived.poll(left, TimeUnit.MILLISECONDS);
        fetch.waited(System.nanoTime() - start);
        if (done != null && done != WAKE_UP) {
          return done;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fetch.stop(false);
    }
  }

  /** Lets a consumer blocked in {@link #hasNext()} see a cancel at once. */
  void wake() {
    arrived.add(WAKE_UP);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      fetch.streamClosed(this);
    }
  }
}
