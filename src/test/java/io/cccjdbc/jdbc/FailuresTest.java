package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.api.CccApiException;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What users see when the API refuses, fails or is slow: a clear SQLException, then business as usual. */
class FailuresTest {

  private static TestEmulator emulator;

  /** Statements here count the calls they make, so none may be served from the cache. */
  private static final String NO_CACHE = "cacheTtl=0";

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
    emulator.setLatency(Duration.ZERO);
    emulator.resetCounts();
  }

  private static SQLException failure(String url, String sql) {
    return assertThrows(SQLException.class, () -> {
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        Rows.count(statement, sql);
      }
    });
  }

  @Test
  void wrongSecretIsAnAuthorizationErrorThatNeverShowsTheSecret() {
    String secret = "not-the-secret-K7p";
    String url = emulator.url().replace(TestEmulator.ACCESS_KEY_SECRET, secret);

    SQLException e = failure(url, "SELECT * FROM instances WHERE instance_id = 'ccc-test'");

    assertInstanceOf(SQLInvalidAuthorizationSpecException.class, e);
    assertEquals("28000", e.getSQLState());
    assertTrue(e.getMessage().contains("SignatureDoesNotMatch"), e.getMessage());
    assertTrue(e.getMessage().contains("RequestId"), e.getMessage());
    assertTrue(e.getMessage().contains("password"), e.getMessage());
    assertFalse(e.getMessage().contains(secret));
    assertFalse(e.getMessage().contains("string to sign"), e.getMessage());
    CccApiException api = findCause(e, CccApiException.class);
    assertEquals("SignatureDoesNotMatch", api.code());
    assertNotNull(api.requestId());
  }

  @Test
  void unknownAccessKeyIsAnAuthorizationErrorNamingTheKeyProperty() {
    String url = emulator.url().replace(emulator.accessKeyId(), "LTAI-nobody");

    SQLException e = failure(url, "SELECT * FROM admins WHERE instance_id = 'ccc-test'");

    assertEquals("28000", e.getSQLState());
    assertTrue(e.getMessage().contains("InvalidAccessKeyId.NotFound"), e.getMessage());
    assertTrue(e.getMessage().contains("user"), e.getMessage());
  }

  @Test
  void oneFailingInstanceFailsTheWholeStatementAndTheConnectionStaysUsable() throws SQLException {
    emulator.inject(FaultRule.always(Fault.respond(500, """
        {"RequestId":"REQ-500-1","HostId":"ccc.cn-shanghai.aliyuncs.com","Code":"InternalError",
         "Message":"The request processing has failed due to some unknown error.","Recommend":""}
        """)).onInstance("ccc-cd-ops"));
    try (Connection connection = emulator.connect(NO_CACHE);
        Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.count(statement, "SELECT * FROM numbers"));
      assertTrue(e.getMessage().contains("InternalError"), e.getMessage());
      assertTrue(e.getMessage().contains("REQ-500-1"), e.getMessage());
      assertTrue(e.getMessage().contains("ccc-cd-ops"), e.getMessage());

      emulator.clearFaults();
      assertEquals(11, Rows.count(statement, "SELECT * FROM numbers"));
    }
  }

  @Test
  void refusedDiscoverySuggestsInstanceIdsOrAFilter() {
    emulator.inject(FaultRule.always(Fault.respond(403, """
        {"RequestId":"REQ-403","HostId":"ccc.cn-shanghai.aliyuncs.com","Code":"Forbidden.RAM",
         "Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM.",
         "Recommend":""}""")).onAction("ListInstances"));

    SQLException e = failure(emulator.url(NO_CACHE), "SELECT * FROM numbers");

    assertTrue(e.getMessage().contains("ListInstances"), e.getMessage());
    assertTrue(e.getMessage().contains("Forbidden.RAM"), e.getMessage());
    assertTrue(e.getMessage().contains("instanceIds"), e.getMessage());
    assertTrue(e.getMessage().contains("WHERE instance_id"), e.getMessage());
  }

  @Test
  void configuredInstanceIdsReplaceDiscovery() throws SQLException {
    try (Connection connection = emulator.connect(NO_CACHE, "instanceIds=ccc-test, ccc-hz-service");
        Statement statement = connection.createStatement()) {
      assertEquals(2, Rows.count(statement, "SELECT * FROM instances"));
      assertEquals(4, Rows.count(statement, "SELECT * FROM numbers"));
      assertEquals(2, Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = 'ccc-cd-ops'"
          + " AND city = '成都'"));
    }
    assertEquals(0, emulator.listInstancesCalls());
  }

  @Test
  void queryTimeoutStopsAWaitingStatementWhichStaysUsable() throws SQLException {
    try (Connection connection = emulator.connect(NO_CACHE);
        Statement statement = connection.createStatement()) {
      // The time limit covers planning too; plan once first so that the wait is the API's.
      assertEquals(1, Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = 'ccc-test'"));
      emulator.inject(FaultRule.next(1, Fault.hang()).onInstance("ccc-test"));
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class,
          () -> Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = 'ccc-test'"));
      assertInstanceOf(SQLTimeoutException.class, e, e.toString());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));

      assertEquals(1, Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = 'ccc-test'"));
    }
  }

  @Test
  void cancelFromAnotherThreadStopsTheCallAndTheStatementRunsAgain() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.hang()).onInstance("ccc-hz-service"));
    try (Connection connection = emulator.connect(NO_CACHE);
        Statement statement = connection.createStatement()) {
      CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
        try {
          return Rows.count(statement, "SELECT * FROM admins WHERE instance_id = 'ccc-hz-service'");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      while (emulator.getInstanceCalls("ccc-hz-service") == 0) {
        Thread.onSpinWait();
      }
      statement.cancel();

      Exception e = assertThrows(Exception.class, () -> running.get(20, TimeUnit.SECONDS));
      SQLException sql = findCause(e, SQLException.class);
      assertEquals("57014", sql.getSQLState(), sql.toString());

      assertEquals(2, Rows.count(statement, "SELECT * FROM admins WHERE instance_id = 'ccc-hz-service'"));
    }
  }

  @Test
  void readingRowsAfterACancelIsTheSameCanceledError() throws SQLException {
    try (Connection connection = emulator.connect(NO_CACHE);
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM numbers")) {
      assertTrue(rows.next());
      statement.cancel();

      SQLException e = assertThrows(SQLException.class, rows::next);
      assertEquals("57014", e.getSQLState(), e.toString());
    }
  }

  @Test
  void unknownPropertyFromAToolIsAWarningNotAnError() throws SQLException {
    java.util.Properties info = new java.util.Properties();
    info.setProperty("dbeaver.connection.type", "dev");
    try (Connection connection = DriverManager.getConnection(emulator.url(), info)) {
      assertNotNull(connection.getWarnings());
      assertTrue(connection.getWarnings().getMessage().contains("dbeaver.connection.type"));
    }
  }

  @Test
  void unknownUrlKeyIsAnErrorSuggestingTheClosestKey() {
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
        emulator.url().replace("jdbc:ccc:", "jdbc:ccc:readTimout=5;")));

    assertTrue(e.getMessage().contains("readTimout"), e.getMessage());
    assertTrue(e.getMessage().contains("readTimeout"), e.getMessage());
  }

  static <T extends Throwable> T findCause(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown);
  }
}
