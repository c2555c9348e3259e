package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiAction;
import io.cccjdbc.api.ApiAction.Paging;
import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.CccActions;
import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccClient;
import io.cccjdbc.api.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one execution of a statement fetches. Every request is made at most once however
 * many scans of the statement need it; answers fetched recently by any statement sharing
 * the cache are not fetched again; at most {@code maxConcurrency} calls run at once; the
 * calls a statement needs are counted against its budget before they are made; and all of
 * it stops at once on cancel or timeout.
 */
public final class StatementFetch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StatementFetch.class);

  /** Every list of a request, each item read exactly once: see {@link AllPages}. */
  public record Result(ApiRequest request, List<ApiObject> items) {
  }

  private static final ApiRequest DISCOVERY = ApiRequest.of(CccActions.LIST_INSTANCES, Map.of());

  private final CccClient client;
  private final SharedRequests shared;
  private final Function<ApiAction, RequestRate> rateLimiters;
  private final FetchSettings settings;
  private final RetryPolicy retryPolicy;
  private final List<String> configuredIds;
  private final CallLimiter limiter;
  private final StatementCounters counters = new StatementCounters();
  private final long startNanos = System.nanoTime();
  private final Map<ApiRequest, CompletableFuture<Optional<Page>>> calls =
      new ConcurrentHashMap<>();
  private final Map<ApiRequest, CompletableFuture<Optional<List<ApiObject>>>> lists =
      new ConcurrentHashMap<>();
  private final Set<SharedCall> joined = ConcurrentHashMap.newKeySet();
  private final Set<ResultStream> openStreams = ConcurrentHashMap.newKeySet();
  private long plannedCalls;
  private volatile long timeoutMillis;
  /** Set once; never guarded by the statement's lock, so a cancel is never kept waiting. */
  private final AtomicReference<QueryCanceledException> stopped = new AtomicReference<>();
  /** Completes when the execution stops, waking whoever waits on a call. */
  private final CompletableFuture<Void> stopSignal = new CompletableFuture<>();
  /** Held while the instance list is read, so concurrent scans wait for the same one. */
  private final Object discovery = new Object();

  StatementFetch(CccClient client, SharedRequests shared,
      Function<ApiAction, RequestRate> rateLimiters, FetchSettings settings,
      RetryPolicy retryPolicy, List<String> configuredIds) {
    this.client = client;
    this.shared = shared;
    this.rateLimiters = rateLimiters;
    this.settings = settings;
    this.retryPolicy = retryPolicy;
    this.configuredIds = configuredIds;
    this.limiter = new CallLimiter(settings.maxConcurrency(), FetchThreads.EXECUTOR);
  }

  /** Set while several statements share this fetch: they must not end it on their own. */
  private volatile boolean sharedByStatements;

  /** Marks the fetch as shared by several statements until {@link #close}. */
  public StatementFetch share() {
    sharedByStatements = true;
    return this;
  }

  public boolean isShared() {
    return sharedByStatements;
  }

  /** Applies the statement's query timeout, counted from the start of the execution. */
  public void setTimeoutMillis(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  public FetchStatistics statistics() {
    return counters.snapshot();
  }

  /**
   * Whether a scan with these pushed instance ids (null: none pushed) reads every instance
   * {@code ListInstances} lists, so that its items can stand for the instances themselves.
   */
  public boolean readsEveryInstance(Collection<String> pushedIds) {
    return pushedIds == null && configuredIds.isEmpty();
  }

  /**
   * The ids of the instances a scan reads: those pushed from its filter, else those the
   * connection names in {@code instanceIds}, else every instance {@code ListInstances} lists.
   */
  public List<String> instanceIds(Collection<String> pushedIds) {
    if (readsEveryInstance(pushedIds)) {
      return discoveredInstances().stream().map(StatementFetch::instanceId).toList();
    }
    return List.copyOf(new LinkedHashSet<>(pushedIds == null ? configuredIds : pushedIds));
  }

  /** Every instance {@code ListInstances} lists, each once, read once per statement. */
  public List<ApiObject> discoveredInstances() {
    synchronized (discovery) {
      if (!lists.containsKey(DISCOVERY)) {
        reserve(isShared(firstCall(DISCOVERY)) ? 0 : 1);
      }
      return await(list(DISCOVERY)).orElse(List.of());
    }
  }

  /**
   * The complete lists of these requests, fetched at most {@code maxConcurrency} ahead of the
   * consumer and handed over in the order they arrive. The requests are asked for on the
   * first {@code hasNext}, and their first calls are counted against the budget then, before
   * any is made. An object the API says does not exist is an empty list.
   */
  public CloseableIterator<Result> results(Supplier<List<ApiRequest>> requests) {
    ResultStream stream = new ResultStream(this, () -> {
      List<ApiRequest> wanted = List.copyOf(new LinkedHashSet<>(requests.get()));
      reserve(wanted.stream()
          .filter(request -> !lists.containsKey(request) && !isShared(firstCall(request)))
          .count());
      return wanted;
    }, settings.maxConcurrency());
    openStreams.add(stream);
    return stream;
  }

  void streamClosed(ResultStream stream) {
    openStreams.remove(stream);
  }

  /**
   * The whole list of a request, every page read and a window too long for one request cut
   * into several; empty if the API says it does not exist.
   */
  CompletableFuture<Optional<List<ApiObject>>> list(ApiRequest request) {
    CompletableFuture<Optional<List<ApiObject>>> known = lists.get(request);
    if (known != null) {
      return known;
    }
    // Not computeIfAbsent: reading one list may read others (the parts of a window).
    CompletableFuture<Optional<List<ApiObject>>> mine = new CompletableFuture<>();
    known = lists.putIfAbsent(request, mine);
    if (known != null) {
      return known;
    }
    try {
      read(request).whenComplete((value, failure) -> {
        if (failure != null) {
          mine.completeExceptionally(unwrap(failure));
        } else {
          mine.complete(value);
        }
      });
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
    }
    return mine;
  }

  private CompletableFuture<Optional<List<ApiObject>>> read(ApiRequest request) {
    if (TimeSlices.isWindowed(request)) {
      List<ApiRequest> parts = TimeSlices.byLongestWindow(request);
      if (parts.size() > 1) {
        return combined(request, parts);
      }
    }
    return request.action().isPaged()
        ? AllPages.read(this, request, settings.maxApiCallsPerStatement())
        : call(request).thenApply(answer -> answer.map(Page::items));
  }

  /**
   * The lists of the parts of one request's window, as one: an item on the border of two
   * parts is kept once; the same item with different content in two parts means the data
   * moved while it was read.
   */
  CompletableFuture<Optional<List<ApiObject>>> combined(ApiRequest whole,
      List<ApiRequest> parts) {
    reserve(parts.stream().filter(part -> !lists.containsKey(part)
        && !isShared(firstCall(part))).count());
    List<CompletableFuture<Optional<List<ApiObject>>>> partLists =
        parts.stream().map(this::list).toList();
    return CompletableFuture.allOf(partLists.toArray(CompletableFuture[]::new)).thenApply(done -> {
      if (partLists.stream().allMatch(list -> list.join().isEmpty())) {
        return Optional.empty();
      }
      List<String> key = whole.action().itemKey();
      Map<List<String>, ApiObject> seen = new HashMap<>();
      List<ApiObject> items = new ArrayList<>();
      for (CompletableFuture<Optional<List<ApiObject>>> list : partLists) {
        for (ApiObject item : list.join().orElse(List.of())) {
          List<String> id = key.stream().map(item::string).toList();
          ApiObject earlier = key.isEmpty() ? null : seen.putIfAbsent(id, item);
          if (earlier == null) {
            items.add(item);
          } else if (!earlier.sameContent(item)) {
            throw InconsistentAnswerException.pages(whole, "it lists " + String.join("/", key)
                + " " + id + " twice with different content (" + earlier + ", " + item + ")");
          }
        }
      }
      return Optional.of(items);
    });
  }

  /**
   * The answer to one call: shared with any statement that asked for it recently or is
   * asking now, or else a new call through this statement's limiter.
   */
  CompletableFuture<Optional<Page>> call(ApiRequest request) {
    return calls.computeIfAbsent(request, this::startOrJoin);
  }

  private CompletableFuture<Optional<Page>> startOrJoin(ApiRequest request) {
    QueryCanceledException reason = stopped.get();
    if (reason != null) {
      return CompletableFuture.failedFuture(reason);
    }
    if (request.action().snapshot()) {
      // A live state is read anew by each statement; only this one shares the call.
      SharedCall own = newCall(request);
      own.join();
      start(own);
      return withDiscoveryRefusal(request, own.result());
    }
    boolean[] started = new boolean[1];
    SharedCall call = shared.calls().compute(request, (k, existing) -> {
      if (existing != null && isReusable(existing) && existing.join()) {
        return existing;
      }
      SharedCall fresh = newCall(request);
      fresh.join();
      started[0] = true;
      return fresh;
    });
    if (started[0]) {
      call.result().whenComplete((value, failure) -> {
        if (failure != null || !shared.keepsResults()) {
          shared.calls().remove(request, call);
        }
      });
      start(call);
    } else {
      joinAsWaiter(call);
      counters.cacheHit();
    }
    return withDiscoveryRefusal(request, call.result());
  }

  private SharedCall newCall(ApiRequest request) {
    return new SharedCall(request, client::call, rateLimiters.apply(request.action()),
        retryPolicy, counters);
  }

  private void start(SharedCall call) {
    joinAsWaiter(call);
    limiter.submit(() -> {
      try {
        call.run();
      } finally {
        limiter.done();
      }
    });
  }

  /** Remembers a call to leave; one joined just as the execution stopped is left at once. */
  private void joinAsWaiter(SharedCall call) {
    joined.add(call);
    if (stopped.get() != null && joined.remove(call)) {
      call.leave();
    }
  }

  private static CompletableFuture<Optional<Page>> withDiscoveryRefusal(ApiRequest request,
      CompletableFuture<Optional<Page>> result) {
    if (request.action() != CccActions.LIST_INSTANCES) {
      return result;
    }
    return result.exceptionallyCompose(e -> CompletableFuture.failedFuture(
        unwrap(e) instanceof CccApiException api && DiscoveryRefusedException.isRefusal(api)
            ? new DiscoveryRefusedException(api)
            : unwrap(e)));
  }

  /** The call a list begins with: its first page, or the request itself if not paged. */
  static ApiRequest firstCall(ApiRequest request) {
    return request.action().isPaged() ? request.page(1, Paging.PAGE_SIZE) : request;
  }

  /** Whether a call needs no new request: this statement or a shared one already has it. */
  boolean isShared(ApiRequest call) {
    if (calls.containsKey(call)) {
      return true;
    }
    if (call.action().snapshot()) {
      return false;
    }
    SharedCall existing = shared.calls().get(call);
    return existing != null && isReusable(existing);
  }

  /** In flight, or done and kept: a failed call is never reused, a done one only if cached. */
  private boolean isReusable(SharedCall call) {
    CompletableFuture<?> result = call.result();
    return !call.isCanceled() && !result.isCompletedExceptionally()
        && (!result.isDone() || shared.keepsResults());
  }

  /** Counts calls the statement is about to need, refusing them all if over the budget. */
  synchronized void reserve(long callCount) {
    long needed = plannedCalls + callCount;
    if (needed > settings.maxApiCallsPerStatement()) {
      throw new BudgetExceededException(needed, settings.maxApiCallsPerStatement());
    }
    plannedCalls = needed;
  }

  /** Waits for a result within the statement's time limit, surfacing the API's own error. */
  <T> T await(CompletableFuture<T> future) {
    long start = System.nanoTime();
    try {
      CompletableFuture<Object> either = CompletableFuture.anyOf(future, stopSignal);
      long left = remainingMillis();
      if (left == Long.MAX_VALUE) {
        either.get();
      } else {
        either.get(Math.max(1, left), TimeUnit.MILLISECONDS);
      }
      if (!future.isDone()) {
        throw stopped.get();
      }
      return future.get();
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
    release();
    return stopped.get();
  }

  QueryCanceledException stopped() {
    return stopped.get();
  }

  /** Ends the execution: calls only it still waits on are stopped. */
  @Override
  public void close() {
    stopped.compareAndSet(null, new QueryCanceledException(false, "Statement was closed"));
    release();
    if (LOG.isDebugEnabled()) {
      LOG.debug("Statement finished: {}", statistics());
    }
  }

  /**
   * Leaves every shared call once, however often cancel and close run and on whichever
   * threads: leaving twice would cancel a call other statements still wait on.
   */
  private void release() {
    stopSignal.complete(null);
    for (SharedCall call : List.copyOf(joined)) {
      if (joined.remove(call)) {
        call.leave();
      }
    }
    openStreams.forEach(ResultStream::wake);
  }

  static RuntimeException rethrow(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(cause);
  }

  static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String instanceId(ApiObject instance) {
    String id = instance.string("Id");
    if (id == null || id.isEmpty()) {
      throw InconsistentAnswerException.unusable(instance.request(), "the answer lists an"
          + " instance without an Id (" + instance + "), so its data cannot be fetched");
    }
    return id;
  }
}
