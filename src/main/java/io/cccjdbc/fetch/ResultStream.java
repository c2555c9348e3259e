package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.fetch.StatementFetch.Result;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The lists of several requests, fetched at most {@code window} ahead of the consumer and
 * handed over in the order they arrive: the first rows flow while later calls are still under
 * way, and a consumer that stops early stops the fetching too.
 */
final class ResultStream implements CloseableIterator<Result> {

  private record Arrived(ApiRequest request, CompletableFuture<Optional<List<ApiObject>>> list) {
  }

  private static final Arrived WAKE_UP = new Arrived(null, null);

  private final StatementFetch fetch;
  private final Supplier<List<ApiRequest>> requestSource;
  private final int window;
  private final BlockingQueue<Arrived> arrived = new LinkedBlockingQueue<>();
  private List<ApiRequest> requests;
  private int submitted;
  private int pending;
  private Result next;
  private boolean closed;

  ResultStream(StatementFetch fetch, Supplier<List<ApiRequest>> requestSource, int window) {
    this.fetch = fetch;
    this.requestSource = requestSource;
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
    if (requests == null) {
      requests = requestSource.get();
    }
    fill();
    if (pending == 0) {
      close();
      return false;
    }
    Arrived done = take();
    pending--;
    next = new Result(done.request(), fetch.await(done.list()).orElse(List.of()));
    return true;
  }

  @Override
  public Result next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Result result = next;
    next = null;
    return result;
  }

  private void fill() {
    while (pending < window && submitted < requests.size()) {
      ApiRequest request = requests.get(submitted++);
      CompletableFuture<Optional<List<ApiObject>>> list = fetch.list(request);
      pending++;
      list.whenComplete((value, error) -> arrived.add(new Arrived(request, list)));
    }
  }

  private Arrived take() {
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
        Arrived done = left == Long.MAX_VALUE
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
