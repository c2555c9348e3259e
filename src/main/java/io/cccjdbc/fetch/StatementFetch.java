package io.cccjdbc.fetch;

import com.google.common.util.concurrent.RateLimiter;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one execution of a statement fetches. Every instance is fetched at most once
 * however many scans of the statement need it; instances fetched recently by any statement
 * sharing the cache are not fetched again; at most {@code maxConcurrency} calls run at once;
 * and all of it stops at once on cancel or timeout.
 */
public final class StatementFetch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StatementFetch.class);

  /** ListInstances accepts at most 100 per page. */
  static final int PAGE_SIZE = 100;

  private final CccClient client;
  private final SharedInstances shared;
  private final RateLimiter rateLimiter;
  private final FetchSettings settings;
  private final RetryPolicy retryPolicy;
  private final List<String> configuredIds;
  private final CallLimiter limiter;
  private final StatementCounters counters = new StatementCounters();
  private final long startNanos = System.nanoTime();
  private final Map<String, CompletableFuture<Optional<Instance>>> details =
      new ConcurrentHashMap<>();
  private final Set<SharedCall<?, ?>> joined = ConcurrentHashMap.newKeySet();
  private final Set<InstanceStream> openStreams = ConcurrentHashMap.newKeySet();
  private int plannedCalls;
  private List<Instance> summaries;
  private volatile long timeoutMillis;
  /** Set once; never guarded by the statement's lock, so a cancel is never kept waiting. */
  private final AtomicReference<QueryCanceledException> stopped = new AtomicReference<>();
  /** Held while the instance list is fetched, so concurrent scans wait for the same one. */
  private final Object discovery = new Object();

  StatementFetch(CccClient client, SharedInstances shared, RateLimiter rateLimiter,
      FetchSettings settings, RetryPolicy retryPolicy, List<String> configuredIds) {
    this.client = client;
    this.shared = shared;
    this.rateLimiter = rateLimiter;
    this.settings = settings;
    this.retryPolicy = retryPolicy;
    this.configuredIds = configuredIds;
    this.limiter = new CallLimiter(settings.maxConcurrency(), FetchThreads.EXECUTOR);
  }

  /** Applies the statement's query timeout, counted from the start of the execution. */
  public void setTimeoutMillis(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  public FetchStatistics statistics() {
    return counters.snapshot();
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
    InstanceStream stream = new InstanceStream(this, () -> {
      List<String> wanted = ids.get();
      reserve(wanted.stream()
          .filter(id -> !details.containsKey(id) && !isShared(shared.details(), id))
          .count());
      return wanted;
    }, settings.maxConcurrency());
    openStreams.add(stream);
    return stream;
  }

  void streamClosed(InstanceStream stream) {
    openStreams.remove(stream);
  }

  CompletableFuture<Optional<Instance>> detail(String id) {
    return details.computeIfAbsent(id, k -> call(shared.details(), k,
        () -> client.getInstance(k), instance -> Optional.of(withId(instance, k)),
        Optional.empty()));
  }

  private List<Instance> discovered() {
    synchronized (discovery) {
      return discoveredOnce();
    }
  }

  private List<Instance> discoveredOnce() {
    if (summaries == null) {
      reserve(isShared(shared.pages(), 1) ? 0 : 1);
      InstancePage first = await(page(1));
      int total = first.totalCount() == null ? first.list().size() : first.totalCount();
      int pageCount = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
      reserve(IntStream.rangeClosed(2, pageCount)
          .filter(n -> !isShared(shared.pages(), n)).count());
      List<CompletableFuture<InstancePage>> rest = new ArrayList<>();
      for (int n = 2; n <= pageCount; n++) {
        rest.add(page(n));
      }
      List<Instance> all = new ArrayList<>(first.list());
      for (CompletableFuture<InstancePage> page : rest) {
        all.addAll(await(page).list());
      }
      summaries = all.stream().filter(i -> i.id() != null).distinct().toList();
    }
    return summaries;
  }

  private CompletableFuture<InstancePage> page(int number) {
    return call(shared.pages(), number, () -> client.listInstances(number, PAGE_SIZE), p -> p,
        null).exceptionallyCompose(e -> CompletableFuture.failedFuture(
            unwrap(e) instanceof CccApiException api && DiscoveryRefusedException.isRefusal(api)
                ? new DiscoveryRefusedException(api)
                : unwrap(e)));
  }

  /**
   * The result of the call for {@code key}: shared with any statement that asked for it
   * recently or is asking now, or else a new call through this statement's limiter.
   */
  private <K, S, T> CompletableFuture<T> call(ConcurrentMap<K, SharedCall<S, T>> calls, K key,
      Supplier<ApiCall<S>> newCall, Function<S, T> convert, T whenNotFound) {
    QueryCanceledException reason = stopped.get();
    if (reason != null) {
      return CompletableFuture.failedFuture(reason);
    }
    boolean[] started = new boolean[1];
    SharedCall<S, T> call = calls.compute(key, (k, existing) -> {
      if (existing != null && isReusable(existing) && existing.join()) {
        return existing;
      }
      SharedCall<S, T> fresh = new SharedCall<>(newCall, convert, whenNotFound,
          rateLimiter, retryPolicy, counters);
      fresh.join();
      started[0] = true;
      return fresh;
    });
    joined.add(call);
    if (started[0]) {
      call.result().whenComplete((value, failure) -> {
        if (failure != null || !shared.keepsResults()) {
          calls.remove(key, call);
        }
      });
      limiter.submit(() -> {
        try {
          call.run();
        } finally {
          limiter.done();
        }
      });
    } else {
      counters.cacheHit();
    }
    return call.result();
  }

  private boolean isShared(ConcurrentMap<?, ? extends SharedCall<?, ?>> calls, Object key) {
    SharedCall<?, ?> call = calls.get(key);
    return call != null && isReusable(call);
  }

  /** In flight, or done and kept: a failed call is never reused, a done one only if cached. */
  private boolean isReusable(SharedCall<?, ?> call) {
    CompletableFuture<?> result = call.result();
    return !call.isCanceled() && !result.isCompletedExceptionally()
        && (!result.isDone() || shared.keepsResults());
  }

  /** Counts calls the statement is about to need, refusing them all if over the budget. */
  private synchronized void reserve(long calls) {
    long needed = plannedCalls + calls;
    if (needed > settings.maxApiCallsPerStatement()) {
      throw new BudgetExceededException((int) Math.min(Integer.MAX_VALUE, needed),
          settings.maxApiCallsPerStatement());
    }
    plannedCalls = (int) needed;
  }

  /** Waits for a result within the statement's time limit, surfacing the API's own error. */
  <T> T await(CompletableFuture<T> future) {
    long start = System.nanoTime();
    try {
      long left = remainingMillis();
      return left == Long.MAX_VALUE
          ? future.get()
          : future.get(Math.max(1, left), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw stop(true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw stop(false);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      counters.waited(System.nanoTime() - start);
    }
  }

  void waited(long nanos) {
    counters.waited(nanos);
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
    stopped.compareAndSet(null, new QueryCanceledException(timedOut, timedOut
        ? "Query timed out after " + timeoutMillis / 1000 + " s while waiting for the CCC"
            + " API; raise Statement.setQueryTimeout or narrow the query with"
            + " WHERE instance_id = ..."
        : "Query was canceled"));
    joined.forEach(SharedCall::leave);
    openStreams.forEach(InstanceStream::wake);
    return stopped.get();
  }

  QueryCanceledException stopped() {
    return stopped.get();
  }

  /** Ends the execution: calls only it still waits on are stopped. */
  @Override
  public void close() {
    stopped.compareAndSet(null, new QueryCanceledException(false, "Statement was closed"));
    joined.forEach(SharedCall::leave);
    openStreams.forEach(InstanceStream::wake);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Statement finished: {}", statistics());
    }
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
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
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
