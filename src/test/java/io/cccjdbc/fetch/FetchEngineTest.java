package io.cccjdbc.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Ticker;
import com.google.common.util.concurrent.RateLimiter;
import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccClient;
import io.cccjdbc.api.ClientOptions;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.api.HttpClients;
import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.CccActions;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import io.cccjdbc.fetch.StatementFetch.Result;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetch engine's behaviour, against the emulator over loopback HTTP. */
class FetchEngineTest {

  private static final String ID = "LTAI-fetch-test";
  private static final String SECRET = "fetch-test-secret";
  private static final FetchSettings DEFAULTS =
      new FetchSettings(Duration.ofSeconds(60), 1000, 8, 10_000, 3, 1000);

  private final AtomicLong ticks = new AtomicLong();
  private final Ticker ticker = new Ticker() {
    @Override
    public long read() {
      return ticks.get();
    }
  };
  private CccEmulator emulator;
  private int statements;

  @BeforeEach
  void start() throws IOException {
    emulator = CccEmulator.builder().dataset(Dataset.synthetic(200, 2, 3))
        .credential(ID, SECRET).build().start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private FetchSource source(FetchSettings settings) {
    CccClient client = new CccClient(
        HttpClients.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
        Endpoint.parse(emulator.endpoint()), new Credentials(ID, SECRET, null),
        ClientOptions.of("test"));
    SharedRequests shared =
        new SharedRequests(settings.cacheTtl(), settings.cacheMaxInstances(), ticker);
    RateLimiter limiter = RateLimiter.create(settings.maxRequestsPerSecond());
    return new FetchSource(client, List.of(), settings, shared, action -> limiter::acquire,
        new RetryPolicy(settings.maxRetries(), Duration.ofMillis(5), Duration.ofMillis(20)));
  }

  /** The instances found among these ids, one GetInstance each. */
  private List<ApiObject> read(FetchSource source, List<String> ids) {
    try (StatementFetch fetch = source.begin(new Object());
        CloseableIterator<Result> results = fetch.results(() -> getInstances(ids))) {
      List<ApiObject> all = new ArrayList<>();
      results.forEachRemaining(result -> all.addAll(result.items()));
      return all;
    }
  }

  static List<ApiRequest> getInstances(List<String> ids) {
    return ids.stream()
        .map(id -> ApiRequest.of(CccActions.GET_INSTANCE, Map.of("InstanceId", id))).toList();
  }

  private static String id(int n) {
    return String.format("ccc-syn-%05d", n);
  }

  private long getInstanceCalls() {
    return emulator.counts().forAction("GetInstance");
  }

  @Test
  void cachedInstancesAreServedUntilTheyExpireThenFetchedAgain() {
    FetchSource source = source(DEFAULTS);
    List<String> ids = List.of(id(1), id(2));

    assertEquals(2, read(source, ids).size());
    assertEquals(2, read(source, ids).size());
    assertEquals(2, getInstanceCalls());

    ticks.addAndGet(TimeUnit.SECONDS.toNanos(61));
    assertEquals(2, read(source, ids).size());
    assertEquals(4, getInstanceCalls());
  }

  @Test
  void zeroTtlMeansEveryStatementFetchesAgain() {
    FetchSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));

    read(source, List.of(id(1)));
    read(source, List.of(id(1)));

    assertEquals(2, getInstanceCalls());
  }

  @Test
  void concurrentStatementsShareOneCallPerInstance() throws Exception {
    FetchSource source = source(DEFAULTS);
    emulator.setLatency(Duration.ofMillis(500));
    CountDownLatch ready = new CountDownLatch(8);
    List<CompletableFuture<Integer>> readers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      readers.add(CompletableFuture.supplyAsync(() -> {
        ready.countDown();
        try {
          ready.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return read(source, List.of(id(7), id(8))).size();
      }));
    }
    for (CompletableFuture<Integer> reader : readers) {
      assertEquals(2, reader.get(30, TimeUnit.SECONDS));
    }

    assertEquals(1, emulator.counts().forInstance("GetInstance", id(7)));
    assertEquals(1, emulator.counts().forInstance("GetInstance", id(8)));
  }

  @Test
  void eachTransientFailureIsRetriedWithAFreshSignature() {
    List<Fault> transients = List.of(
        throttled(400, "Throttling"), throttled(400, "Throttling.User"),
        throttled(400, "Throttling.Api"), throttled(429, "Throttling"),
        error(503, "ServiceUnavailable"), error(500, "InternalError"),
        error(400, "SignatureNonceUsed"), Fault.disconnect());
    FetchSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));
    for (Fault fault : transients) {
      emulator.counts().reset();
      emulator.inject(FaultRule.next(2, fault).onInstance(id(3)));

      assertEquals(1, read(source, List.of(id(3))).size(), fault.toString());
      assertEquals(3, getInstanceCalls(), fault.toString());
    }
  }

  @Test
  void aFaultThatOutlastsTheRetriesFailsWithTheLastError() {
    emulator.inject(FaultRule.always(throttled(400, "Throttling.User")).onInstance(id(4)));
    FetchSource source = source(DEFAULTS);

    CccApiException e = assertThrows(CccApiException.class, () -> read(source, List.of(id(4))));

    assertEquals("Throttling.User", e.code());
    assertEquals(4, getInstanceCalls());
  }

  @Test
  void permanentErrorsAreNeverRetried() {
    FetchSource source = source(DEFAULTS);
    for (Fault fault : List.of(error(403, "Forbidden.RAM"), error(400, "InvalidParameter"),
        error(404, "InvalidAccessKeyId.NotFound"), error(400, "SignatureDoesNotMatch"))) {
      emulator.counts().reset();
      emulator.clearFaults();
      emulator.inject(FaultRule.always(fault).onInstance(id(5)));

      assertThrows(CccApiException.class, () -> read(source, List.of(id(5))), fault.toString());
      assertEquals(1, getInstanceCalls(), fault.toString());
    }
  }

  @Test
  void aStatementOverItsBudgetFailsBeforeCalling() {
    FetchSource source = source(new FetchSettings(Duration.ofSeconds(60), 1000, 8, 10_000, 3, 3));
    List<String> five = IntStream.range(10, 15).mapToObj(FetchEngineTest::id).toList();

    BudgetExceededException e = assertThrows(BudgetExceededException.class,
        () -> read(source, five));

    assertTrue(e.getMessage().contains("needs at least 5 API calls"), e.getMessage());
    assertTrue(e.getMessage().contains("maxApiCallsPerStatement=3"), e.getMessage());
    assertEquals(0, emulator.counts().total());
    assertEquals(3, read(source, five.subList(0, 3)).size());
  }

  @Test
  void callsInFlightNeverExceedMaxConcurrencyEvenAcrossScans() {
    FetchSource source = source(new FetchSettings(Duration.ZERO, 1000, 4, 10_000, 3, 1000));
    emulator.setLatency(Duration.ofMillis(50));
    List<String> left = IntStream.range(0, 20).mapToObj(FetchEngineTest::id).toList();
    List<String> right = IntStream.range(20, 40).mapToObj(FetchEngineTest::id).toList();

    try (StatementFetch fetch = source.begin(new Object());
        CloseableIterator<Result> first = fetch.results(() -> getInstances(left));
        CloseableIterator<Result> second = fetch.results(() -> getInstances(right))) {
      List<Result> read = new ArrayList<>();
      while (first.hasNext() || second.hasNext()) {
        if (first.hasNext()) {
          read.add(first.next());
        }
        if (second.hasNext()) {
          read.add(second.next());
        }
      }
      assertEquals(40, read.size());
    }

    int most = emulator.counts().maxInFlight();
    assertTrue(most <= 4 && most >= 2, "max in flight " + most);
  }

  @Test
  void aReaderThatStopsEarlyStopsTheFetching() {
    FetchSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));
    List<String> all = IntStream.range(0, 200).mapToObj(FetchEngineTest::id).toList();

    try (StatementFetch fetch = source.begin(new Object());
        CloseableIterator<Result> instances = fetch.results(() -> getInstances(all))) {
      for (int i = 0; i < 5; i++) {
        instances.next();
      }
    }

    assertTrue(getInstanceCalls() <= 5 + 8, "calls " + getInstanceCalls());
  }

  @Test
  void requestsArePacedByTheRateLimit() {
    FetchSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10, 3, 1000));

    read(source, IntStream.range(0, 21).mapToObj(FetchEngineTest::id).toList());

    List<Long> arrivals = emulator.counts().arrivalNanos();
    assertEquals(21, arrivals.size());
    long spanMillis = (arrivals.get(20) - arrivals.get(0)) / 1_000_000;
    assertTrue(spanMillis >= 1500, "21 requests at 10/s took only " + spanMillis + " ms");
  }

  @Test
  void statisticsCountCallsRetriesAndCacheHits() {
    FetchSource source = source(DEFAULTS);
    emulator.inject(FaultRule.next(1, error(503, "ServiceUnavailable")).onInstance(id(20)));
    Object statement = new Object();

    StatementFetch first = source.begin(statement);
    first.results(() -> getInstances(List.of(id(20), id(21)))).forEachRemaining(i -> { });
    FetchStatistics cold = first.statistics();
    StatementFetch second = source.begin(statement);
    second.results(() -> getInstances(List.of(id(20), id(21)))).forEachRemaining(i -> { });
    FetchStatistics warm = second.statistics();

    assertEquals(3, cold.apiCalls());
    assertEquals(1, cold.retries());
    assertEquals(0, cold.cacheHits());
    assertEquals(0, warm.apiCalls());
    assertEquals(2, warm.cacheHits());
  }

  @Test
  void cancelThenCloseNeverCancelsACallAnotherStatementWaitsOn() throws Exception {
    FetchSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));
    emulator.setLatency(Duration.ofMillis(300));
    for (int round = 0; round < 4; round++) {
      emulator.counts().reset();
      List<String> ids = List.of(id(100 + 2 * round), id(101 + 2 * round));
      StatementFetch keeps = source.begin(new Object());
      StatementFetch leaves = source.begin(new Object());
      CloseableIterator<Result> kept = keeps.results(() -> getInstances(ids));
      CompletableFuture<Boolean> keptFirst = CompletableFuture.supplyAsync(kept::hasNext);
      while (emulator.counts().total() < 2) {
        Thread.onSpinWait();
      }
      CloseableIterator<Result> left = leaves.results(() -> getInstances(ids));
      CompletableFuture.runAsync(() -> {
        try {
          left.hasNext();
        } catch (QueryCanceledException expected) {
          // This statement leaves; only the other one's rows matter.
        }
      });
      while (leaves.statistics().cacheHits() < 2) {
        Thread.onSpinWait();
      }

      CompletableFuture<Void> cancel = CompletableFuture.runAsync(leaves::cancel);
      CompletableFuture<Void> close = CompletableFuture.runAsync(leaves::close);
      cancel.get(10, TimeUnit.SECONDS);
      close.get(10, TimeUnit.SECONDS);
      leaves.cancel();

      assertTrue(keptFirst.get(10, TimeUnit.SECONDS));
      List<Result> read = new ArrayList<>();
      kept.forEachRemaining(read::add);
      assertEquals(2, read.size(), "round " + round);
      assertEquals(2, emulator.counts().total(), "the calls were shared, not made again");
      keeps.close();
    }
  }

  @Test
  void aCancelReachesAStatementWaitingOnAPageAnotherStatementAlsoWaitsOn() throws Exception {
    FetchSource source = source(DEFAULTS);
    emulator.setLatency(Duration.ofSeconds(2));
    StatementFetch first = source.begin(new Object());
    StatementFetch second = source.begin(new Object());
    CompletableFuture<Integer> firstRead =
        CompletableFuture.supplyAsync(() -> first.discoveredInstances().size());
    CompletableFuture<Integer> secondRead =
        CompletableFuture.supplyAsync(() -> second.discoveredInstances().size());
    while (emulator.counts().forAction("ListInstances") == 0) {
      Thread.onSpinWait();
    }

    second.cancel();

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> secondRead.get(1, TimeUnit.SECONDS));
    assertInstanceOf(QueryCanceledException.class, e.getCause());
    assertFalse(firstRead.isDone(), "the canceled statement stopped waiting first");
    assertEquals(200, firstRead.get(30, TimeUnit.SECONDS));
    assertEquals(2, emulator.counts().forAction("ListInstances"));
  }

  @Test
  void aCallThatFailsWithAnErrorCompletesForEveryWaiter() {
    ApiRequest request = getInstances(List.of(id(1))).get(0);
    SharedCall call = new SharedCall(request, r -> {
      throw new OutOfMemoryError("simulated while decoding");
    }, () -> { }, RetryPolicy.standard(0), new StatementCounters());
    call.join();
    call.join();

    call.run();

    CompletionException e = assertThrows(CompletionException.class, () -> call.result().join());
    FetchFailedException failed = assertInstanceOf(FetchFailedException.class, e.getCause());
    assertTrue(failed.outOfMemory());
    assertTrue(failed.getMessage().startsWith("GetInstance InstanceId=ccc-syn-00001 failed"),
        failed.getMessage());
  }

  private static Fault throttled(int status, String code) {
    return error(status, code).withHeader("x-acs-retry-after", "5");
  }

  private static Fault.Respond error(int status, String code) {
    return Fault.respond(status, "{\"RequestId\":\"R-" + code + "\",\"Code\":\"" + code
        + "\",\"Message\":\"injected\"}");
  }
}
