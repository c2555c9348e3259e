package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.H2Oracle;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of failure the API or the network can produce, injected into one instance of a
 * two-instance query: the statement returns exactly the rows H2 holds, or fails with an
 * SQLException naming the cause, within a bounded time; the connection then runs the next
 * statement as usual.
 */
class FaultMatrixTest {

  private static final String SQL = "SELECT instance_id, number, active, city FROM numbers"
      + " WHERE instance_id IN ('ccc-test', 'ccc-hz-service')";
  private static final String FAULTY = "ccc-hz-service";
  /** Fast retries and a short read timeout keep the slow cases short. */
  private static final String[] SETTINGS = {"cacheTtl=0", "readTimeout=1", "maxRetries=2"};
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static TestEmulator emulator;
  private static String expected;

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.demo();
    try (H2Oracle oracle = H2Oracle.load(Dataset.demo());
        Statement statement = oracle.connection().createStatement()) {
      expected = CanonicalRows.read(statement.executeQuery(SQL)).sorted().describe();
    }
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @AfterEach
  void clear() {
    emulator.clearFaults();
  }

  static Stream<Arguments> transientFaultsThatClear() {
    return Stream.of(
        Arguments.of("Throttling (400)", error(400, "Throttling")),
        Arguments.of("Throttling.User (400)", error(400, "Throttling.User")),
        Arguments.of("Throttling.Api (400)", error(400, "Throttling.Api")),
        Arguments.of("Throttling (429)", error(429, "Throttling")),
        Arguments.of("ServiceUnavailable (503)", error(503, "ServiceUnavailable")),
        Arguments.of("InternalError (500)", error(500, "InternalError")),
        Arguments.of("connection reset before the answer", Fault.disconnect()),
        Arguments.of("body cut short", Fault.truncatedBody()),
        Arguments.of("answer slower than readTimeout", Fault.delay(Duration.ofSeconds(3))));
  }

  @ParameterizedTest(name = "{0} for two attempts, then the rows")
  @MethodSource("transientFaultsThatClear")
  void transientFaultsAreRetriedUntilTheyClear(String name, Fault fault) throws SQLException {
    emulator.inject(FaultRule.next(2, fault).onInstance(FAULTY));
    try (Connection connection = emulator.connect(SETTINGS)) {
      assertEquals(expected, rows(connection));
    }
  }

  static Stream<Arguments> faultsThatFail() {
    return Stream.of(
        Arguments.of("Throttling.User that never clears",
            error(400, "Throttling.User"), "Throttling.User", "08000"),
        Arguments.of("ServiceUnavailable that never clears",
            error(503, "ServiceUnavailable"), "ServiceUnavailable", "08000"),
        Arguments.of("a server that never answers", Fault.hang(), "timed out", "08006"),
        Arguments.of("malformed JSON", Fault.respond(200, "{\"Code\":\"OK\",\"Data\":{\"Id\""),
            "not a CCC JSON response", "08006"),
        Arguments.of("a proxy's HTML page with 200",
            Fault.respond(200, "<html><body>Please log in</body></html>")
                .withHeader("Content-Type", "text/html"), "text/html", "08006"),
        Arguments.of("200 whose Code is not OK", Fault.respond(200,
            "{\"RequestId\":\"R-1\",\"Code\":\"Forbidden.Unauthorized\",\"Message\":\"no\"}"),
            "Forbidden.Unauthorized", "28000"),
        Arguments.of("an empty body", Fault.respond(200, ""), "empty", "08006"),
        Arguments.of("Data missing", Fault.respond(200, "{\"RequestId\":\"R-2\",\"Code\":\"OK\"}"),
            "no Data", "08006"),
        Arguments.of("Data null",
            Fault.respond(200, "{\"RequestId\":\"R-3\",\"Code\":\"OK\",\"Data\":null}"),
            "no Data", "08006"),
        Arguments.of("clock skew", error(400, "InvalidTimeStamp.Expired"), "system clock", "08004"),
        Arguments.of("expired STS token", error(400, "InvalidSecurityToken.Expired"),
            "securityToken", "28000"),
        Arguments.of("unknown AccessKey", error(404, "InvalidAccessKeyId.NotFound"),
            "AccessKey ID", "28000"),
        Arguments.of("wrong secret", error(400, "SignatureDoesNotMatch"), "secret", "28000"),
        Arguments.of("RAM permission", error(403, "Forbidden.RAM"), "permission", "28000"),
        Arguments.of("no permission", error(403, "NoPermission"), "permission", "28000"));
  }

  @ParameterizedTest(name = "{0}: a clear SQLException")
  @MethodSource("faultsThatFail")
  void failuresNameTheirCauseAndLeaveTheConnectionUsable(String name, Fault fault,
      String mentioned, String sqlState) throws SQLException {
    emulator.inject(FaultRule.always(fault).onInstance(FAULTY));
    try (Connection connection = emulator.connect(SETTINGS)) {
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> rows(connection));
      assertTrue(System.nanoTime() - start < BOUND.toNanos(), name + " took too long");
      assertTrue(e.getMessage().contains(mentioned), e.getMessage());
      assertTrue(e.getMessage().contains("InstanceId=" + FAULTY), e.getMessage());
      assertEquals(sqlState, e.getSQLState(), e.getMessage());

      emulator.clearFaults();
      assertEquals(expected, rows(connection));
    }
  }

  @ParameterizedTest(name = "{0} is never retried")
  @MethodSource("faultsThatFail")
  void permanentFailuresAreSentOnce(String name, Fault fault, String mentioned, String sqlState)
      throws SQLException {
    boolean transientKind = List.of("08000", "08006").contains(sqlState) && !name.contains("JSON")
        && !name.contains("HTML") && !name.contains("empty") && !name.contains("Data");
    emulator.inject(FaultRule.always(fault).onInstance(FAULTY));
    emulator.resetCounts();
    try (Connection connection = emulator.connect(SETTINGS)) {
      assertThrows(SQLException.class, () -> rows(connection));
    }
    assertEquals(transientKind ? 3 : 1, emulator.getInstanceCalls(FAULTY), name);
  }

  private static String rows(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) BOUND.toSeconds());
      return CanonicalRows.read(statement.executeQuery(SQL)).sorted().describe();
    }
  }

  private static Fault.Respond error(int status, String code) {
    return Fault.respond(status, "{\"RequestId\":\"R-" + code + "\",\"HostId\":\"ccc\",\"Code\":\""
        + code + "\",\"Message\":\"injected " + code + "\",\"Recommend\":\"\"}")
        .withHeader("x-acs-retry-after", "5");
  }
}
