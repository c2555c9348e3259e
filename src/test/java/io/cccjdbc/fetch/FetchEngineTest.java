package io.cccjdbc.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.cccjdbc.api.Instance;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

  private InstanceSource source(FetchSettings settings) {
    CccClient client = new CccClient(
        HttpClients.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
        Endpoint.parse(emulator.endpoint()), new Credentials(ID, SECRET, null),
        ClientOptions.of("test"));
    SharedInstances shared =
        new SharedInstances(settings.cacheTtl(), settings.cacheMaxInstances(), ticker);
    return new InstanceSource(client, List.of(), settings, shared,
        RateLimiter.create(settings.maxRequestsPerSecond()),
        new RetryPolicy(settings.maxRetries(), Duration.ofMillis(5), Duration.ofMillis(20)));
  }

  private List<Instance> read(InstanceSource source, List<String> ids) {
    try (StatementFetch fetch = source.begin(new Object());
        CloseableIterator<Instance> instances = fetch.instances(ids, true)) {
      List<Instance> all = new ArrayList<>();
      instances.forEachRemaining(all::add);
      return all;
    }
  }

  private static String id(int n) {
    return String.format("ccc-syn-%05d", n);
  }

  private long getInstanceCalls() {
    return emulator.counts().forAction("GetInstance");
  }

  @Test
  void cachedInstancesAreServedUntilTheyExpireThenFetchedAgain() {
    InstanceSource source = source(DEFAULTS);
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
    InstanceSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));

    read(source, List.of(id(1)));
    read(source, List.of(id(1)));

    assertEquals(2, getInstanceCalls());
  }

  @Test
  void concurrentStatementsShareOneCallPerInstance() throws Exception {
    InstanceSource source = source(DEFAULTS);
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
    InstanceSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));
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
    InstanceSource source = source(DEFAULTS);

    CccApiException e = assertThrows(CccApiException.class, () -> read(source, List.of(id(4))));

    assertEquals("Throttling.User", e.code());
    assertEquals(4, getInstanceCalls());
  }

  @Test
  void permanentErrorsAreNeverRetried() {
    InstanceSource source = source(DEFAULTS);
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
    InstanceSource source = source(new FetchSettings(Duration.ofSeconds(60), 1000, 8, 10_000, 3, 3));
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
    InstanceSource source = source(new FetchSettings(Duration.ZERO, 1000, 4, 10_000, 3, 1000));
    emulator.setLatency(Duration.ofMillis(50));
    List<String> left = IntStream.range(0, 20).mapToObj(FetchEngineTest::id).toList();
    List<String> right = IntStream.range(20, 40).mapToObj(FetchEngineTest::id).toList();

    try (StatementFetch fetch = source.begin(new Object());
        CloseableIterator<Instance> first = fetch.instances(left, true);
        CloseableIterator<Instance> second = fetch.instances(right, true)) {
      List<Instance> read = new ArrayList<>();
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
    InstanceSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10_000, 3, 1000));
    List<String> all = IntStream.range(0, 200).mapToObj(FetchEngineTest::id).toList();

    try (StatementFetch fetch = source.begin(new Object());
        CloseableIterator<Instance> instances = fetch.instances(all, true)) {
      for (int i = 0; i < 5; i++) {
        instances.next();
      }
    }

    assertTrue(getInstanceCalls() <= 5 + 8, "calls " + getInstanceCalls());
  }

  @Test
  void requestsArePacedByTheRateLimit() {
    InstanceSource source = source(new FetchSettings(Duration.ZERO, 1000, 8, 10, 3, 1000));

    read(source, IntStream.range(0, 21).mapToObj(FetchEngineTest::id).toList());

    List<Long> arrivals = emulator.counts().arrivalNanos();
    assertEquals(21, arrivals.size());
    long spanMillis = (arrivals.get(20) - arrivals.get(0)) / 1_000_000;
    assertTrue(spanMillis >= 1500, "21 requests at 10/s took only " + spanMillis + " ms");
  }

  @Test
  void statisticsCountCallsRetriesAndCacheHits() {
    InstanceSource source = source(DEFAULTS);
    emulator.inject(FaultRule.next(1, error(503, "ServiceUnavailable")).onInstance(id(20)));
    Object statement = new Object();

    StatementFetch first = source.begin(statement);
    first.instances(List.of(id(20), id(21)), true).forEachRemaining(i -> { });
    FetchStatistics cold = first.statistics();
    StatementFetch second = source.begin(statement);
    second.instances(List.of(id(20), id(21)), true).forEachRemaining(i -> { });
    FetchStatistics warm = second.statistics();

    assertEquals(3, cold.apiCalls());
    assertEquals(1, cold.retries());
    assertEquals(0, cold.cacheHits());
    assertEquals(0, warm.apiCalls());
    assertEquals(2, warm.cacheHits());
  }

  private static Fault throttled(int status, String code) {
    return error(status, code).withHeader("x-acs-retry-after", "5");
  }

  private static Fault.Respond error(int status, String code) {
    return Fault.respond(status, "{\"RequestId\":\"R-" + code + "\",\"Code\":\"" + code
        + "\",\"Message\":\"injected\"}");
  }
}
