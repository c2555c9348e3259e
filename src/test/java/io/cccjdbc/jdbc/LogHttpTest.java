package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.CapturedLogs;
import io.cccjdbc.TestCertificates;
import io.cccjdbc.TestProxy;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** logHttp=true: one INFO line per API call with what identifies it, and never a secret. */
class LogHttpTest {

  private static final String HTTP_LOGGER = "io.cccjdbc.api.http";
  private static final String ACCESS_KEY_ID = "STS.log-test";
  private static final String ACCESS_KEY_SECRET = "L0g-Secret-Qx7";
  private static final String SECURITY_TOKEN = "CAIS-L0g-Token/+=Zz";
  private static final String PROXY_PASSWORD = "L0g-Proxy-Pw8";
  private static final Pattern LINE = Pattern.compile(
      "INFO io\\.cccjdbc\\.api\\.http: (\\w+ \\S+)( \\(retry \\d+\\))?: HTTP (\\d{3})( \\S+)?"
          + " in \\d+ ms, RequestId \\S+");

  private static CccEmulator emulator;

  @BeforeAll
  static void start() throws IOException {
    // HTTPS, so the requests pass the proxy in a tunnel: never in clear text.
    emulator = CccEmulator.builder()
        .stsCredential(ACCESS_KEY_ID, ACCESS_KEY_SECRET, SECURITY_TOKEN)
        .https(TestCertificates.get().loopbackServer())
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static Properties settings(TestProxy proxy, boolean logHttp) {
    Properties info = new Properties();
    info.setProperty("endpoint", emulator.endpoint());
    info.setProperty("user", ACCESS_KEY_ID);
    info.setProperty("password", ACCESS_KEY_SECRET);
    info.setProperty("securityToken", SECURITY_TOKEN);
    info.setProperty("proxyHost", "127.0.0.1");
    info.setProperty("proxyPort", Integer.toString(proxy.port()));
    info.setProperty("nonProxyHosts", "localhost");
    info.setProperty("proxyUser", "log-user");
    info.setProperty("proxyPassword", PROXY_PASSWORD);
    info.setProperty("cacheTtl", "0");
    info.setProperty("logHttp", Boolean.toString(logHttp));
    info.setProperty("trustStore", TestCertificates.get().trustStore("PKCS12").toString());
    info.setProperty("trustStorePassword", TestCertificates.PASSWORD);
    return info;
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }

  private static List<String> httpLines(CapturedLogs logs) {
    return logs.lines().stream().filter(line -> line.startsWith("INFO " + HTTP_LOGGER + ":"))
        .toList();
  }

  @Test
  void eachCallIsOneLineWithActionSubjectRetryStatusDurationAndRequestId() throws SQLException {
    emulator.inject(FaultRule.next(1, Fault.respond(503, """
        {"RequestId":"REQ-LOG-503","Code":"ServiceUnavailable","Message":"busy"}
        """)).onInstance("ccc-test"));
    emulator.counts().reset();
    try (TestProxy proxy = TestProxy.requiringBasic("log-user", PROXY_PASSWORD);
        CapturedLogs logs = CapturedLogs.capture("");
        Connection connection = DriverManager.getConnection("jdbc:ccc:", settings(proxy, true))) {
      run(connection, "SELECT * FROM instances WHERE instance_id = 'ccc-test'");
      run(connection, "SELECT * FROM instances WHERE instance_id = 'no-such-instance'");
      run(connection, "SELECT * FROM instances");

      List<String> lines = httpLines(logs);
      lines.forEach(line -> assertTrue(LINE.matcher(line).matches(), line));
      assertTrue(lines.get(0).startsWith("INFO " + HTTP_LOGGER + ": GetInstance InstanceId=ccc-test:"
          + " HTTP 503 ServiceUnavailable in "), lines.get(0));
      assertTrue(lines.get(0).endsWith(" ms, RequestId REQ-LOG-503"), lines.get(0));
      assertTrue(lines.get(1).startsWith("INFO " + HTTP_LOGGER
          + ": GetInstance InstanceId=ccc-test (retry 1): HTTP 200 in "), lines.get(1));
      assertTrue(lines.get(2).startsWith("INFO " + HTTP_LOGGER
          + ": GetInstance InstanceId=no-such-instance: HTTP 404 NotExists.InstanceId in "),
          lines.get(2));
      assertTrue(lines.get(3).startsWith("INFO " + HTTP_LOGGER
          + ": ListInstances PageNumber=1: HTTP 200 in "), lines.get(3));
      assertEquals(emulator.counts().total(), lines.size(), "one line per request sent");
      assertNoSecretIn(logs.lines());
    }
  }

  @Test
  void aFailureWithoutAnAnswerIsLoggedWithItsReason() throws SQLException {
    try (TestProxy proxy = TestProxy.requiringBasic("log-user", "another-password");
        CapturedLogs logs = CapturedLogs.capture("");
        Connection connection = DriverManager.getConnection("jdbc:ccc:", settings(proxy, true))) {
      try {
        run(connection, "SELECT * FROM instances WHERE instance_id = 'ccc-test'");
      } catch (SQLException expected) {
        // The log line is what is looked at.
      }

      List<String> lines = httpLines(logs);
      assertEquals(1, lines.size(), lines.toString());
      assertTrue(lines.get(0).matches("INFO " + Pattern.quote(HTTP_LOGGER)
          + ": GetInstance InstanceId=ccc-test: failed after \\d+ ms: the HTTP proxy 127\\.0\\.0\\.1:"
          + proxy.port() + " refused the credentials .*"), lines.get(0));
      assertNoSecretIn(logs.lines());
    }
  }

  @Test
  void withoutLogHttpNothingIsLogged() throws SQLException {
    try (TestProxy proxy = TestProxy.requiringBasic("log-user", PROXY_PASSWORD);
        CapturedLogs logs = CapturedLogs.capture(HTTP_LOGGER);
        Connection connection = DriverManager.getConnection("jdbc:ccc:", settings(proxy, false))) {
      run(connection, "SELECT * FROM instances WHERE instance_id = 'ccc-test'");

      assertEquals(List.of("CONNECT 127.0.0.1:" + emulator.port()), proxy.passed());
      assertEquals(List.of(), logs.lines());
    }
  }

  @Test
  void aLineBreakInAnInstanceIdCannotForgeALogLine() throws SQLException {
    try (TestProxy proxy = TestProxy.requiringBasic("log-user", PROXY_PASSWORD);
        CapturedLogs logs = CapturedLogs.capture(HTTP_LOGGER);
        Connection connection = DriverManager.getConnection("jdbc:ccc:", settings(proxy, true))) {
      run(connection, "SELECT * FROM instances WHERE instance_id = 'x' || CHR(10) || 'INFO forged'");

      assertEquals(1, logs.lines().size(), logs.lines().toString());
      assertTrue(logs.lines().get(0).contains("InstanceId=x\\u000aINFO forged: HTTP 404"),
          logs.lines().get(0));
    }
  }

  private static void assertNoSecretIn(List<String> lines) {
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      for (String secret : List.of(ACCESS_KEY_SECRET, SECURITY_TOKEN, PROXY_PASSWORD,
          "Signature", "AccessKeyId", "SecurityToken", "Proxy-Authorization")) {
        assertFalse(line.contains(secret), () -> secret + " in: " + line);
      }
      // No URL with a query string; Calcite's traces of SQL show its parameter markers.
      if (!line.split(" ", 3)[1].startsWith("org.apache.calcite.")) {
        assertFalse(line.contains("?"), () -> "? in: " + line);
      }
    }
  }
}
