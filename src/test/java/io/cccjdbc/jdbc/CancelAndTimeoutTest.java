package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Statement.cancel()} from another thread and {@code setQueryTimeout} stop a statement
 * promptly whatever it is waiting for (an answer that never comes, one that comes slowly, a
 * retry's back-off, the rate limit, the instance list), and the statement runs again after.
 */
class CancelAndTimeoutTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(8);
  private static final String TEN_INSTANCES = "SELECT * FROM numbers WHERE instance_id IN"
      + " ('ccc-test', 'ccc-hz-service', 'ccc-cd-ops', 'ccc-gz-new', 'ccc-sh-pilot',"
      + " 'ccc-global-sales', 'x1', 'x2', 'x3', 'x4')";

  private static TestEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = TestEmulator.demo();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @AfterEach
  void clear() {
    emulator.clearFaults();
  }

  static Stream<Arguments> slowCalls() {
    return Stream.of(
        Arguments.of("an answer that never comes",
            (Consumer<TestEmulator>) e -> e.inject(FaultRule.always(Fault.hang())),
            "SELECT * FROM admins WHERE instance_id = 'ccc-test'", new String[0]),
        Arguments.of("an answer slower than the statement may wait",
            (Consumer<TestEmulator>) e -> e.inject(
                FaultRule.always(Fault.delay(Duration.ofSeconds(20)))),
            "SELECT * FROM admins WHERE instance_id = 'ccc-test'", new String[0]),
        Arguments.of("a retry's back-off",
            (Consumer<TestEmulator>) e -> e.inject(FaultRule.always(Fault.respond(503,
                "{\"RequestId\":\"R\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}")
                .withHeader("x-acs-retry-after", "20000"))),
            "SELECT * FROM admins WHERE instance_id = 'ccc-test'", new String[0]),
        Arguments.of("the rate limit",
            (Consumer<TestEmulator>) e -> { },
            TEN_INSTANCES, new String[] {"maxRequestsPerSecond=1", "maxConcurrency=1"}),
        Arguments.of("the instance list",
            (Consumer<TestEmulator>) e -> e.inject(
                FaultRule.always(Fault.hang()).onAction("ListInstances")),
            "SELECT * FROM numbers", new String[0]));
  }

  @ParameterizedTest(name = "cancel while waiting for {0}")
  @MethodSource("slowCalls")
  void cancelStopsTheStatementPromptly(String name, Consumer<TestEmulator> slow, String sql,
      String[] settings) throws Exception {
    try (Connection connection = emulator.connect(withNoCache(settings));
        Statement statement = connection.createStatement()) {
      slow.accept(emulator);
      emulator.resetCounts();
      CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> count(statement, sql));
      while (emulator.totalCalls() == 0) {
        Thread.onSpinWait();
      }
      long start = System.nanoTime();
      statement.cancel();

      ExecutionException e = assertThrows(ExecutionException.class,
          () -> running.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS), name);
      assertTrue(System.nanoTime() - start < PROMPTLY.toNanos());
      assertEquals("57014", FailuresTest.findCause(e, SQLException.class).getSQLState(), name);

      emulator.clearFaults();
      assertTrue(count(statement, sql) >= 0);
    }
  }

  @ParameterizedTest(name = "time out while waiting for {0}")
  @MethodSource("slowCalls")
  void queryTimeoutStopsTheStatementPromptly(String name, Consumer<TestEmulator> slow, String sql,
      String[] settings) throws SQLException {
    try (Connection connection = emulator.connect(withNoCache(settings));
        Statement statement = connection.createStatement()) {
      // Planned once first: the time limit also covers planning, which is not what is tested.
      statement.executeQuery("EXPLAIN PLAN FOR " + sql).close();
      count(statement, "SELECT * FROM instances WHERE 1 <> 1");
      slow.accept(emulator);
      statement.setQueryTimeout(1);
      long start = System.nanoTime();

      SQLException e = assertThrows(SQLException.class, () -> Rows.count(statement, sql), name);

      assertInstanceOf(SQLTimeoutException.class, e, e.toString());
      assertTrue(System.nanoTime() - start < PROMPTLY.toNanos(), name);
      emulator.clearFaults();
      statement.setQueryTimeout(0);
      assertTrue(Rows.count(statement, sql) >= 0);
    }
  }

  private static String[] withNoCache(String[] settings) {
    return Stream.concat(Stream.of("cacheTtl=0"), Stream.of(settings)).toArray(String[]::new);
  }

  private static int count(Statement statement, String sql) {
    try {
      return Rows.count(statement, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

}
