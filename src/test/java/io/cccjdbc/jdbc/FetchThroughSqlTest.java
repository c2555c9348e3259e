package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.fetch.FetchStatistics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetch engine as SQL users meet it: shared cache, early stop, budget, statistics. */
class FetchThroughSqlTest {

  private static final String FAST = "maxRequestsPerSecond=10000";

  private static TestEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = TestEmulator.start(Dataset.synthetic(200, 2, 11));
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.resetCounts();
  }

  @Test
  void connectionsWithTheSameCredentialsShareFetchedInstances() throws SQLException {
    String sql = "SELECT * FROM numbers WHERE instance_id = 'ccc-syn-00042'";
    try (Connection first = emulator.connect(FAST); Statement statement = first.createStatement()) {
      assertEquals(2, Rows.count(statement, sql));
    }
    try (Connection second = emulator.connect(FAST);
        Statement statement = second.createStatement()) {
      assertEquals(2, Rows.count(statement, sql));
      FetchStatistics statistics = statement.unwrap(CccStatement.class).getFetchStatistics();
      assertEquals(0, statistics.apiCalls());
      assertEquals(1, statistics.cacheHits());
    }
    assertEquals(1, emulator.getInstanceCalls("ccc-syn-00042"));
  }

  @Test
  void aWrongSecretNeverReadsWhatTheRightOneFetched() throws SQLException {
    String sql = "SELECT * FROM numbers WHERE instance_id = 'ccc-syn-00043'";
    try (Connection right = emulator.connect(FAST); Statement statement = right.createStatement()) {
      assertEquals(2, Rows.count(statement, sql));
    }
    String wrongSecret = emulator.url(FAST).replace(TestEmulator.ACCESS_KEY_SECRET, "guess");
    try (Connection wrong = DriverManager.getConnection(wrongSecret);
        Statement statement = wrong.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> Rows.count(statement, sql));
      assertEquals("28000", e.getSQLState());
    }
  }

  @Test
  void limitOverManyInstancesStopsCallingOnceEnoughRowsArrived() throws SQLException {
    try (Connection connection = emulator.connect(FAST, "cacheTtl=0");
        Statement statement = connection.createStatement()) {
      assertEquals(10, Rows.count(statement, "SELECT * FROM numbers LIMIT 10"));
    }
    long needed = 5;
    assertTrue(emulator.getInstanceCalls() <= needed + 8,
        "GetInstance calls " + emulator.getInstanceCalls());
    assertEquals(2, emulator.listInstancesCalls());
  }

  @Test
  void aStatementOverItsBudgetFailsBeforeCallingAndSaysHowToNarrowIt() throws SQLException {
    try (Connection connection = emulator.connect(FAST, "cacheTtl=0",
        "maxApiCallsPerStatement=50");
        Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.count(statement, "SELECT count(*) FROM numbers"));

      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("202"), e.getMessage());
      assertTrue(e.getMessage().contains("WHERE instance_id"), e.getMessage());
      assertEquals(0, emulator.getInstanceCalls());
      assertEquals(2, Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = 'ccc-syn-00001'"));
    }
  }

  @Test
  void statisticsDescribeTheLatestExecution() throws SQLException {
    try (Connection connection = emulator.connect(FAST, "cacheTtl=0");
        Statement statement = connection.createStatement()) {
      CccStatement ccc = statement.unwrap(CccStatement.class);
      assertEquals(0, ccc.getFetchStatistics().apiCalls());

      Rows.count(statement, "SELECT * FROM admins WHERE instance_id IN ('ccc-syn-00001', 'ccc-syn-00002')");

      assertEquals(2, ccc.getFetchStatistics().apiCalls());
      assertTrue(statement.isWrapperFor(CccStatement.class));
    }
  }
}
