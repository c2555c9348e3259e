package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.PostgresFront;
import io.cccjdbc.Rows;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front end to end: pgjdbc against the real PostgreSQL that {@code serve} runs, with
 * postgres_fdw reading through the endpoint and the driver from the emulator (cache off, so
 * every query's API calls can be counted).
 */
class PostgresFrontTest {

  /** 20 instances of 120 numbers: results longer than postgres_fdw's batch of 1000 rows. */
  private static final Dataset DATASET = Dataset.synthetic(20, 120, 7);
  private static final String FIRST = DATASET.instanceIds().get(0);
  private static final String SECOND = DATASET.instanceIds().get(1);

  /** postgres_fdw waits 30 s for a cancel to be answered before it drops the connection. */
  private static final Duration PROMPTLY = Duration.ofSeconds(15);

  private static PostgresFront front;

  @BeforeAll
  static void start() throws Exception {
    front = PostgresFront.start(DATASET,
        PostgresFront.freshDirectory(PostgresFrontTest.class.getSimpleName()), "cacheTtl=0");
  }

  @AfterAll
  static void stop() throws Exception {
    front.close();
  }

  @AfterEach
  void clearFaults() {
    front.emulator().clearFaults();
  }

  /** The calls of each action one query makes, read from the emulator's counts. */
  private record Calls(long getInstance, long listInstances) {
  }

  private static Calls callsOf(Connection connection, String sql) throws SQLException {
    front.emulator().resetCounts();
    try (Statement statement = connection.createStatement()) {
      Rows.count(statement, sql);
    }
    return new Calls(front.emulator().getInstanceCalls(), front.emulator().listInstancesCalls());
  }

  @Test
  void filtersInListsJoinsAndLimitsMakeTheSameCallsAsTheDriverDirectly() throws SQLException {
    List<String> queries = List.of(
        "SELECT * FROM numbers WHERE instance_id = '" + FIRST + "'",
        "SELECT * FROM numbers WHERE instance_id IN ('" + FIRST + "', '" + SECOND + "')",
        "SELECT * FROM number_skill_groups WHERE instance_id = '" + SECOND + "' AND user_count > 3",
        "SELECT n.number, g.skill_group_id FROM numbers n JOIN number_skill_groups g"
            + " ON g.instance_id = n.instance_id AND g.number = n.number"
            + " WHERE n.instance_id = '" + FIRST + "'",
        "SELECT * FROM admins WHERE instance_id LIKE 'ccc-syn-0000%' LIMIT 3",
        "SELECT count(*) FROM numbers WHERE instance_id = '" + FIRST + "'",
        "SELECT * FROM instances LIMIT 1");
    try (Connection postgres = front.connect();
        Connection driver = front.emulator().connect("cacheTtl=0")) {
      for (String sql : queries) {
        assertEquals(callsOf(driver, sql), callsOf(postgres, sql), sql);
      }
      assertEquals(new Calls(1, 0), callsOf(postgres, queries.get(0)));
      assertEquals(new Calls(2, 0), callsOf(postgres, queries.get(1)));
      assertEquals(new Calls(1, 0), callsOf(postgres, queries.get(3)));
    }
  }

  @Test
  void theRemoteScansOfOneQueryFetchEachInstanceOnceEvenWithTheCacheOff() throws SQLException {
    // A UNION of two foreign tables is two remote scans in one remote transaction.
    String union = "SELECT instance_id, number FROM numbers WHERE instance_id = '" + FIRST + "'"
        + " UNION ALL SELECT instance_id, number FROM number_skill_groups"
        + " WHERE instance_id = '" + FIRST + "'";
    try (Connection postgres = front.connect()) {
      assertEquals(new Calls(1, 0), callsOf(postgres, union));
      assertEquals(new Calls(1, 0), callsOf(postgres, union), "a new query fetches anew");
    }
  }

  @Test
  void aBoundInstanceIdIsPushedAlsoOncePostgresUsesAGenericPlan() throws SQLException {
    try (Connection postgres = front.connect();
        PreparedStatement statement =
            postgres.prepareStatement("SELECT * FROM numbers WHERE instance_id = ?")) {
      // pgjdbc prepares on the server from the fifth run; PostgreSQL may then plan generically.
      for (int run = 0; run < 8; run++) {
        front.emulator().resetCounts();
        statement.setString(1, run % 2 == 0 ? FIRST : SECOND);
        try (ResultSet rows = statement.executeQuery()) {
          int count = 0;
          while (rows.next()) {
            assertEquals(run % 2 == 0 ? FIRST : SECOND, rows.getString("instance_id"));
            count++;
          }
          assertEquals(120, count);
        }
        assertEquals(1, front.emulator().getInstanceCalls(), "run " + run);
        assertEquals(0, front.emulator().listInstancesCalls(), "run " + run);
      }
    }
  }

  @Test
  void anApiErrorReachesTheClientWithItsCodeAndRequestId() throws SQLException {
    front.emulator().inject(FaultRule.always(Fault.respond(500, """
        {"RequestId":"REQ-PG-500","HostId":"ccc.cn-shanghai.aliyuncs.com","Code":"InternalError",
         "Message":"The request processing has failed due to some unknown error.","Recommend":""}
        """)).onInstance(SECOND));
    String sql = "SELECT * FROM numbers WHERE instance_id = '" + SECOND + "'";
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement();
        Connection driver = front.emulator().connect("cacheTtl=0");
        Statement direct = driver.createStatement()) {
      SQLException viaPostgres = assertThrows(SQLException.class, () -> Rows.count(statement, sql));
      SQLException viaDriver = assertThrows(SQLException.class, () -> Rows.count(direct, sql));

      assertTrue(viaPostgres.getMessage().contains("InternalError"), viaPostgres.getMessage());
      assertTrue(viaPostgres.getMessage().contains("REQ-PG-500"), viaPostgres.getMessage());
      assertEquals(viaDriver.getSQLState(), viaPostgres.getSQLState());
      front.emulator().clearFaults();
      assertEquals(120, Rows.count(statement, sql), "the connection stays usable");
    }
  }

  @Test
  void sqlTheDriverCannotRunFailsLoudlyRatherThanReturnOtherRows() throws SQLException {
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> Rows.count(statement,
          "SELECT number FROM numbers WHERE city ~ '^[A-Z]'"));
      assertEquals(UntranslatableSqlException.SQL_STATE, e.getSQLState());
      assertTrue(e.getMessage().contains("operator ~"), e.getMessage());
      assertTrue(Rows.count(statement, "SELECT * FROM instances") > 0);
    }
  }

  @Test
  void writesAreRefused() throws SQLException {
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> statement.executeUpdate(
          "DELETE FROM numbers WHERE instance_id = '" + FIRST + "'"));
      assertEquals("42501", e.getSQLState(), "the login may only read: " + e.getMessage());
    }
  }

  @Test
  void statementTimeoutCancelsTheDriverStatement() throws SQLException {
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement()) {
      statement.execute("SET statement_timeout = '1s'");
      front.emulator().inject(FaultRule.always(Fault.hang()));
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> Rows.count(statement,
          "SELECT * FROM admins WHERE instance_id = '" + FIRST + "'"));
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertTrue(System.nanoTime() - start < PROMPTLY.toNanos(), "the endpoint answered the"
          + " cancel");
      front.emulator().clearFaults();
      statement.execute("SET statement_timeout = 0");
      assertTrue(Rows.count(statement, "SELECT * FROM admins WHERE instance_id = '" + FIRST + "'")
          > 0);
    }
  }

  @Test
  void aClientsCancelReachesTheDriverStatement() throws Exception {
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement()) {
      front.emulator().inject(FaultRule.always(Fault.hang()));
      front.emulator().resetCounts();
      CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
        try {
          return Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = '" + FIRST + "'");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      while (front.emulator().totalCalls() == 0) {
        Thread.onSpinWait();
      }
      statement.cancel();
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> running.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS));
      SQLException cause = (SQLException) e.getCause().getCause();
      assertEquals("57014", cause.getSQLState(), cause.getMessage());
    }
  }

  @Test
  void concurrentClientsGetTheirOwnRows() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int client = 0; client < 4; client++) {
        String instance = DATASET.instanceIds().get(client);
        results.add(pool.submit(() -> {
          try (Connection postgres = front.connect();
              Statement statement = postgres.createStatement()) {
            int rows = 0;
            for (int round = 0; round < 3; round++) {
              rows += Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = '"
                  + instance + "'");
            }
            return rows;
          }
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(360, result.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLongResultStreamsAndAClientThatLeavesMidwayFreesItsStatement() throws Exception {
    PgEndpoint endpoint = front.served().endpoint();
    try (Connection postgres = front.connect()) {
      postgres.setAutoCommit(false);
      try (Statement statement = postgres.createStatement()) {
        statement.setFetchSize(10);
        ResultSet rows = statement.executeQuery("SELECT * FROM numbers");
        assertTrue(rows.next());
        assertTrue(endpoint.openSessions() >= 1);
      }
    }
    long deadline = System.nanoTime() + PROMPTLY.toNanos();
    while (endpoint.openSessions() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(0, endpoint.openSessions(), "the backend's postgres_fdw connection ended");
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement()) {
      assertEquals(2400, Rows.count(statement, "SELECT * FROM numbers"));
    }
  }

  /**
   * Date arithmetic as postgres_fdw sends it, run by the driver through the endpoint, against
   * the same expressions computed by PostgreSQL itself.
   */
  @Test
  void weeksIntervalsAndDatesComputeAsInPostgres() throws SQLException {
    List<String> expressions = List.of("date_trunc('week'::text, %s)",
        "date_trunc('month'::text, %s)", "date_trunc('quarter'::text, %s)",
        "(%s + '1 day'::interval)", "(%s + '-30 days'::interval)", "(%s + '1 mon'::interval)",
        "(%s + '1 year'::interval)", "(%s - '01:30:00'::interval)", "(%s)::date",
        // A constant compared to a timestamp is sent without its cast.
        "(%s > '2024-03-04 00:00:00')", "(%s <= '2024-03-03 23:59:59.5')");
    EndpointAddress address = front.served().endpoint().address();
    Properties login = new Properties();
    login.setProperty("user", address.user());
    login.setProperty("password", address.password());
    login.setProperty("preferQueryMode", "simple");
    try (Connection postgres = front.connect(); Statement local = postgres.createStatement();
        Connection endpoint = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
            + address.port() + "/ccc", login);
        Statement remote = endpoint.createStatement()) {
      for (String timestamp : List.of("2024-03-04 10:00:00", "2024-03-03 23:59:59.5",
          "2024-03-09 00:00:00", "2024-01-31 12:00:00", "2023-12-31 23:00:00",
          "2024-02-29 06:30:00")) {
        String literal = "'" + timestamp + "'::timestamp without time zone";
        for (String expression : expressions) {
          String sql = "SELECT " + expression.formatted(literal) + " AS v";
          assertEquals(single(local, sql), single(remote, sql), sql);
        }
      }
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next(), sql);
      return rows.getString(1);
    }
  }

  @Test
  void theLoginNeedsItsPassword() {
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
        front.jdbcUrl(), "ccc", "not-the-password"));
    assertEquals("28P01", e.getSQLState());
  }

  @Test
  void postgresListensOnLoopbackOnly() throws SQLException {
    try (Connection postgres = front.connect(); Statement statement = postgres.createStatement();
        ResultSet rows = statement.executeQuery("SHOW listen_addresses")) {
      assertTrue(rows.next());
      assertEquals("127.0.0.1", rows.getString(1));
      assertFalse(rows.next());
    }
  }
}
