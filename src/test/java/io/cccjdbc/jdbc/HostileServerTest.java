package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Servers and inputs that try to make the driver hang, leak a credential or answer vaguely: each
 * ends in a prompt SQLException that says what happened.
 */
class HostileServerTest {

  private static final String STS_ID = "STS.hostile";
  private static final String STS_SECRET = "sts-secret-hostile-1";
  private static final String STS_TOKEN = "CAIS-token-hostile+/=0123456789";

  private static SQLException failure(Connection connection, String sql) {
    return assertThrows(SQLException.class, () -> {
      try (Statement statement = connection.createStatement()) {
        Rows.count(statement, sql);
      }
    });
  }

  @Test
  @Timeout(60)
  void aServerThatTricklesItsAnswerIsCutOffByTheCallsDeadline() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect("connectTimeout=1", "readTimeout=1",
            "maxRetries=0", "cacheTtl=0")) {
      emulator.inject(FaultRule.always(Fault.trickle(Duration.ofMillis(300)))
          .onAction("GetInstance"));

      SQLException e = failure(connection, "SELECT * FROM numbers WHERE instance_id = 'ccc-test'");

      assertEquals("08006", e.getSQLState());
      assertTrue(e.getMessage().contains("deadline of one call"), e.getMessage());
      assertTrue(e.getMessage().contains("GetInstance InstanceId=ccc-test"), e.getMessage());
    }
  }

  @Test
  void aRedirectIsNamedAndNotFollowed() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect("maxRetries=0", "cacheTtl=0")) {
      emulator.inject(FaultRule.next(1, Fault.respond(301, "")
          .withHeader("Location", "https://elsewhere.example/?SecurityToken=abcdefghijklmn")));

      SQLException e = failure(connection, "SELECT * FROM numbers WHERE instance_id = 'ccc-test'");

      assertTrue(e.getMessage().contains("redirect (HTTP 301 to https://elsewhere.example/"),
          e.getMessage());
      assertFalse(e.getMessage().contains("abcdefghijklmn"), e.getMessage());
      assertEquals(1, emulator.totalCalls());
    }
  }

  @Test
  void credentialsEchoedByTheServerNeverReachTheMessage() throws IOException, SQLException {
    try (CccEmulator emulator = CccEmulator.builder().dataset(Dataset.demo())
        .stsCredential(STS_ID, STS_SECRET, STS_TOKEN).build().start()) {
      String encoded = URLEncoder.encode(STS_TOKEN, StandardCharsets.UTF_8);
      emulator.inject(FaultRule.next(1, Fault.respond(400, "{\"RequestId\":\"R-echo\","
          + "\"Code\":\"InvalidParameter\",\"Message\":\"bad request: AccessKeyId=" + STS_ID
          + "&SecurityToken=" + encoded + "&Signature=c2lnbmF0dXJl&Token " + STS_TOKEN
          + " secret " + STS_SECRET + "\"}")));
      String url = "jdbc:ccc:endpoint=" + emulator.endpoint() + ";user=" + STS_ID + ";password="
          + STS_SECRET + ";securityToken=" + STS_TOKEN + ";maxRetries=0";
      try (Connection connection = DriverManager.getConnection(url)) {
        SQLException e = failure(connection, "SELECT * FROM admins WHERE instance_id = 'ccc-test'");

        String message = e.getMessage();
        assertTrue(message.contains("InvalidParameter"), message);
        assertTrue(message.contains("R-echo"), message);
        assertFalse(message.contains(STS_TOKEN), message);
        assertFalse(message.contains(encoded), message);
        assertFalse(message.contains(STS_SECRET), message);
        assertFalse(message.contains("c2lnbmF0dXJl"), message);
      }
    }
  }

  @Test
  @Timeout(30)
  void anInstanceIdThatIsNotTextFailsAtOnce() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect();
        PreparedStatement statement =
            connection.prepareStatement("SELECT * FROM numbers WHERE instance_id = ?")) {
      statement.setString(1, "bad\uD800id");

      SQLException e = assertThrows(SQLException.class, () -> statement.executeQuery().next());

      assertTrue(e.getMessage().contains("lone UTF-16 surrogate"), e.getMessage());
      assertEquals(0, emulator.totalCalls());
      statement.setString(1, "ccc-test");
      assertTrue(statement.executeQuery().next(), "the connection still works");
    }
  }

  @Test
  @Timeout(30)
  void anEndpointTheHttpClientCannotCallFailsAtOnce() {
    SQLException e = assertThrows(SQLException.class, () -> {
      try (Connection connection = DriverManager.getConnection(
              "jdbc:ccc:endpoint=http://[::1%25lo]:1;user=a;password=b;maxRetries=0");
          Statement statement = connection.createStatement()) {
        Rows.count(statement, "SELECT * FROM numbers WHERE instance_id = 'x'");
      }
    });

    assertTrue(e.getSQLState() != null, e.toString());
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), e.toString());
  }
}
