package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiCall;
import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccClient;
import io.cccjdbc.api.Instance;
import io.cccjdbc.api.InstancePage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What one execution of a statement fetches. Every instance is fetched at most once
 * however many scans of the statement need it, and all of its calls can be stopped at once.
 */
public final class StatementFetch implements AutoCloseable {

  /** ListInstances accepts at most 100 per page. */
  static final int PAGE_SIZE = 100;

  private final CccClient client;
  private final List<String> configuredIds;
  private final int maxConcurrency;
  private final Executor executor;
  private final long startNanos = System.nanoTime();
  private final Map<String, CompletableFuture<Optional<Instance>>> details = new ConcurrentHashMap<>();
  private final Set<ApiCall<?>> inFlight = ConcurrentHashMap.newKeySet();
  private final Set<InstanceStream> openStreams = ConcurrentHashMap.newKeySet();
  private final AtomicInteger apiCalls = new AtomicInteger();
  private volatile CompletableFuture<List<Instance>> summaries;
  private volatile long timeoutMillis;
  private volatile QueryCanceledException stopped;

  StatementFetch(CccClient client, List<String> configuredIds, int maxConcurrency,
      Executor executor) {
    this.client = client;
    this.configuredIds = configuredIds;
    this.maxConcurrency = maxConcurrency;
    this.executor = executor;
  }

  /** Applies the statement's query timeout, counted from the start of the execution. */
  public void setTimeoutMillis(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /** API calls this execution has started. */
  public int apiCalls() {
    return apiCalls.get();
  }

  /**
   * The instances with the given ids, or, if {@code ids} is null, every instance that
   * unfiltered queries scan. Instances the API does not know are left out. They arrive
   * in the order their calls complete.
   *
   * @param needDetails whether the caller reads phone numbers, which only
   *     {@code GetInstance} returns in full
   */
  public CloseableIterator<Instance> instances(Collection<String> ids, boolean needDetails) {
    if (ids == null && configuredIds.isEmpty()) {
      return needDetails
          ? stream(() -> discovered().stream().map(Instance::id).toList())
          : CloseableIterator.of(discovered().iterator());
    }
    List<String> wanted = List.copyOf(new LinkedHashSet<>(ids == null ? configuredIds : ids));
    return stream(() -> wanted);
  }

  private InstanceStream stream(Supplier<List<String>> ids) {
    InstanceStream stream = new InstanceStream(this, ids, maxConcurrency);
    openStreams.add(stream);
    return stream;
  }

  void streamClosed(InstanceStream stream) {
    openStreams.remove(stream);
  }

  CompletableFuture<Optional<Instance>> detail(String id) {
    return details.computeIfAbsent(id, k -> call(() -> client.getInstance(k))
        .thenApply(instance -> Optional.of(withId(instance, k)))
        .exceptionallyCompose(e -> notFound(e) ? CompletableFuture.completedFuture(Optional.empty())
            : CompletableFuture.failedFuture(e)));
  }

  private List<Instance> discovered() {
    CompletableFuture<List<Instance>> pages = summaries;
    if (pages == null) {
      synchronized (this) {
        if (summaries == null) {
          summaries = discoverAll();
        }
        pages = summaries;
      }
    }
    return await(pages);
  }

  private CompletableFuture<List<Instance>> discoverAll() {
    return page(1).thenCompose(first -> {
      int total = first.totalCount() == null ? first.list().size() : first.totalCount();
      int pageCount = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
      List<CompletableFuture<InstancePage>> rest = new ArrayList<>();
      for (int n = 2; n <= pageCount; n++) {
        rest.add(page(n));
      }
      return CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).thenApply(done -> {
        List<Instance> all = new ArrayList<>(first.list());
        rest.forEach(p -> all.addAll(p.join().list()));
        return all.stream().filter(i -> i.id() != null).distinct().toList();
      });
    });
  }

  private CompletableFuture<InstancePage> page(int number) {
    return call(() -> client.listInstances(number, PAGE_SIZE)).exceptionallyCompose(e -> {
      Throwable cause = unwrap(e);
      if (cause instanceof CccApiException api && DiscoveryRefusedException.isRefusal(api)) {
        return CompletableFuture.failedFuture(new DiscoveryRefusedException(api));
      }
      return CompletableFuture.failedFuture(cause);
    });
  }

  private <T> CompletableFuture<T> call(Supplier<ApiCall<T>> newCall) {
    CompletableFuture<T> result = new CompletableFuture<>();
    if (stopped != null) {
      result.completeExceptionally(stopped);
      return result;
    }
    executor.execute(() -> {
      ApiCall<T> call = newCall.get();
      inFlight.add(call);
      apiCalls.incrementAndGet();
      try {
        if (stopped != null) {
          call.cancel();
        }
        result.complete(call.execute());
      } catch (RuntimeException e) {
        result.completeExceptionally(stopped != null ? stopped : e);
      } finally {
        inFlight.remove(call);
      }
    });
    return result;
  }

  /** Waits for a result within the statement's time limit, surfacing the API's own error. */
  <T> T await(CompletableFuture<T> future) {
    try {
      long left = remainingMillis();
      return left == Long.MAX_VALUE
          ? future.get()
          : future.get(Math.max(1, left), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw stop(true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw stop(false);
    } catch (java.util.concurrent.ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  long remainingMillis() {
    long limit = timeoutMillis;
    if (limit <= 0) {
      return Long.MAX_VALUE;
    }
    return limit - (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Stops every call and stream of this execution; waiting consumers fail promptly. */
  public void cancel() {
    stop(false);
  }

  QueryCanceledException stop(boolean timedOut) {
    QueryCanceledException reason = stopped;
    if (reason == null) {
      reason = new QueryCanceledException(timedOut, timedOut
          ? "Query timed out after " + timeoutMillis / 1000 + " s while waiting for the CCC API; "
              + "raise Statement.setQueryTimeout or narrow the query with WHERE instance_id = ..."
          : "Query was canceled");
      stopped = reason;
    }
    inFlight.forEach(ApiCall::cancel);
    openStreams.forEach(InstanceStream::wake);
    return reason;
  }

  QueryCanceledException stopped() {
    return stopped;
  }

  @Override
  public void close() {
    if (stopped == null) {
      stopped = new QueryCanceledException(false, "Statement was closed");
    }
    inFlight.forEach(ApiCall::cancel);
    openStreams.forEach(InstanceStream::wake);
  }

  static RuntimeException rethrow(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof java.util.concurrent.CompletionException
        || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean notFound(Throwable e) {
    return unwrap(e) instanceof CccApiException api && api.isNotFound();
  }

  /** A row's instance_id is the instance's own Id, or the id asked for if the API omits it. */
  private static Instance withId(Instance instance, String requestedId) {
    if (instance.id() != null) {
      return instance;
    }
    return new Instance(requestedId, instance.name(), instance.description(),
        instance.domainName(), instance.consoleUrl(), instance.aliyunUid(), instance.status(),
        instance.adminList(), instance.numberList());
  }
}
