package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQL longer or deeper than people write but tools generate: IN lists of thousands of ids (a
 * Spark partition's), chains of NOT, nested parentheses. Each either runs, with its ids pushed
 * to the scan, or fails with a SQLException that has a message and an SQLState, never a
 * {@link java.lang.Error}; planning stops at the statement's query timeout and cancel.
 */
class LongAndDeepSqlTest {

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
  void reset() {
    emulator.resetCounts();
  }

  @Test
  void chainedNotsFailWithAClearError() throws SQLException {
    String sql = "SELECT instance_id FROM instances WHERE " + "NOT ".repeat(1500)
        + "(instance_id = 'x')";
    assertTooComplex(sql);
  }

  @Test
  void deeplyNestedParenthesesFailWithAClearError() throws SQLException {
    assertTooComplex("SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000)
        + " FROM instances");
  }

  @ParameterizedTest(name = "{0} ids")
  @ValueSource(ints = {2_000, 16_000})
  void aLongInListIsPlannedAndPushedToTheScan(int ids) throws SQLException {
    String sql = "SELECT instance_id, number FROM numbers WHERE instance_id IN ("
        + IntStream.range(0, ids).mapToObj(i -> "'ccc-" + i + "'")
            .collect(Collectors.joining(", ")) + ")";
    try (Connection connection = emulator.connect();
        Statement statement = connection.createStatement()) {
      try (ResultSet plan = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
        assertTrue(plan.next());
        String text = plan.getString(1);
        assertTrue(text.contains("instanceIds=[['ccc-0', 'ccc-1', "), text);
        assertTrue(text.contains("in=[" + ids + " values]"), text);
      }
      SQLException e = assertThrows(SQLException.class, () -> readAll(statement, sql));
      assertEquals("54000", e.getSQLState(), e::toString);
      assertTrue(e.getMessage().contains("needs at least " + ids + " API calls"), e.getMessage());
    }
    assertEquals(0, emulator.totalCalls());
  }

  @Test
  void aLongInListFetchesEachIdOnceAndKeepsExactlyItsRows() throws SQLException {
    String in = IntStream.range(0, 2_000).mapToObj(i -> "'ccc-missing-" + i + "'")
        .collect(Collectors.joining(", ", "('ccc-test', 'ccc-cd-ops', ", ")"));
    try (Connection connection = emulator.connect("maxApiCallsPerStatement=2100",
            "maxRequestsPerSecond=10000", "maxConcurrency=16", "cacheTtl=0");
        Statement statement = connection.createStatement()) {
      assertEquals(count(statement, "SELECT COUNT(*) FROM numbers"
              + " WHERE instance_id IN ('ccc-test', 'ccc-cd-ops')"),
          count(statement, "SELECT COUNT(*) FROM numbers WHERE instance_id IN " + in));
      emulator.resetCounts();
      assertEquals(count(statement, "SELECT COUNT(*) FROM numbers WHERE instance_id NOT IN"
              + " ('ccc-test', 'ccc-cd-ops')"),
          count(statement, "SELECT COUNT(*) FROM numbers WHERE instance_id NOT IN " + in));
      assertEquals(0, emulator.getInstanceCalls("ccc-missing-7"), "NOT IN fetches no id");
    }
  }

  @Test
  void aStatementCanceledWhileItIsPlannedStops() throws SQLException {
    try (Connection connection = emulator.connect();
        Statement statement = connection.createStatement()) {
      Consumer<Object> cancel = parsed -> {
        try {
          statement.cancel();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      };
      Hook.Closeable hook = Hook.PARSE_TREE.addThread(cancel);
      SQLException e;
      try {
        e = assertThrows(SQLException.class,
            () -> readAll(statement, "SELECT number FROM numbers WHERE city = 'canceled'"));
      } finally {
        hook.close();
      }
      assertEquals("57014", e.getSQLState(), e::toString);
      assertTrue(e.getMessage().contains("planned"), e.getMessage());
      assertEquals(0, emulator.totalCalls());
      assertTrue(count(statement, "SELECT COUNT(*) FROM numbers") > 0, "it runs again");
    }
  }

  @Test
  void planningStopsAtTheQueryTimeout() throws SQLException {
    try (Connection connection = emulator.connect();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      // Parsing is made to outlast the timeout, so that what follows must stop.
      Consumer<Object> outlastTimeout = parsed -> {
        long left = Duration.ofMillis(1_100).toNanos() - (System.nanoTime() - start);
        if (left > 0) {
          try {
            Thread.sleep(Duration.ofNanos(left).toMillis() + 1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
      Hook.Closeable hook = Hook.PARSE_TREE.addThread(outlastTimeout);
      SQLException e;
      try {
        e = assertThrows(SQLException.class,
            () -> readAll(statement, "SELECT number FROM numbers WHERE city = 'slow'"));
      } finally {
        hook.close();
      }
      assertTrue(e instanceof SQLTimeoutException, e::toString);
      assertEquals("HYT00", e.getSQLState());
      assertTrue(e.getMessage().contains("while it was being planned"), e.getMessage());
      assertEquals(0, emulator.totalCalls());
    }
  }

  private static void assertTooComplex(String sql) throws SQLException {
    try (Connection connection = emulator.connect();
        Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> readAll(statement, sql));
      assertEquals("54001", e.getSQLState(), e::toString);
      assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
      assertEquals(1, count(statement, "SELECT 1"), "the connection still works");
    }
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
      return rows.getLong(1);
    }
  }

  private static void readAll(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }
}
