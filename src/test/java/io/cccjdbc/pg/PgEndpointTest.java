package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoint alone, reached with pgjdbc in its simple-query mode (the statements postgres_fdw
 * sends) and with raw bytes for what no well-behaved client sends.
 */
class PgEndpointTest {

  private static final String PASSWORD = EndpointCredentials.randomPassword();

  private static TestEmulator emulator;
  private static PgEndpoint endpoint;

  @BeforeAll
  static void start() throws IOException {
    emulator = TestEmulator.demo();
    String url = emulator.url();
    endpoint = PgEndpoint.start(0, new EndpointCredentials(EndpointCredentials.FDW_USER, PASSWORD),
        () -> DriverManager.getConnection(url));
  }

  @AfterAll
  static void stop() throws IOException {
    endpoint.close();
    emulator.close();
  }

  private static Connection connect(String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("preferQueryMode", "simple");
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + endpoint.port() + "/ccc", properties);
  }

  @Test
  void listensOnLoopbackOnly() {
    assertEquals(InetAddress.getLoopbackAddress().getHostAddress(), endpoint.address().host());
  }

  @Test
  void runsTheCursorSequenceOfPostgresFdw() throws SQLException {
    try (Connection connection = connect(EndpointCredentials.FDW_USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("SET search_path = pg_catalog");
      statement.execute("START TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      statement.execute("DECLARE c1 CURSOR FOR SELECT number, active FROM ccc.numbers"
          + " WHERE ((instance_id = 'ccc-test'::text))");
      int rows = 0;
      for (int fetch = 0; fetch < 3; fetch++) {
        try (ResultSet batch = statement.executeQuery("FETCH 1 FROM c1")) {
          while (batch.next()) {
            rows++;
            assertEquals("t", batch.getString(2), "booleans in PostgreSQL's text form");
          }
        }
      }
      statement.execute("CLOSE c1");
      statement.execute("COMMIT TRANSACTION");
      assertEquals(1, rows);
    }
  }

  @Test
  void aQuerySentAsItIsReturnsAllItsRows() throws SQLException {
    try (Connection connection = connect(EndpointCredentials.FDW_USER, PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) AS n FROM ccc.numbers")) {
      assertTrue(rows.next());
      assertEquals(11, rows.getLong("n"));
    }
  }

  @Test
  void valuesOfEveryTypeAreSentInPostgresTextForm() throws SQLException {
    try (Connection connection = connect(EndpointCredentials.FDW_USER, PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT"
            + " '2024-01-02 03:04:05.123'::timestamp without time zone AS ts,"
            + " '2024-01-02 03:04:05'::timestamp without time zone AS whole,"
            + " '23:59:58.5'::time without time zone AS tm,"
            + " DATE '2024-01-02' AS d, 1.5::double precision AS f, 12.30::numeric(5,2) AS n,"
            + " 9007199254740993::bigint AS b, true AS t, NULL::integer AS z, '乐山'::text AS s")) {
      assertTrue(rows.next());
      assertEquals(java.sql.Types.TIMESTAMP, rows.getMetaData().getColumnType(1));
      assertEquals("2024-01-02 03:04:05.123", rows.getString("ts"));
      assertEquals("2024-01-02 03:04:05", rows.getString("whole"));
      assertEquals("23:59:58.5", rows.getString("tm"));
      assertEquals("2024-01-02", rows.getString("d"));
      assertEquals(1.5, rows.getDouble("f"));
      assertEquals(new java.math.BigDecimal("12.30"), rows.getBigDecimal("n"));
      assertEquals(9007199254740993L, rows.getLong("b"));
      assertEquals(true, rows.getBoolean("t"));
      assertEquals(null, rows.getObject("z"));
      assertEquals("乐山", rows.getString("s"));
    }
  }

  @Test
  void caseInsensitiveLikeAndLowerAsMetabaseFiltersSendThem() throws SQLException {
    try (Connection connection = connect(EndpointCredentials.FDW_USER, PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet ilike = statement.executeQuery(
            "SELECT count(*) FROM ccc.numbers WHERE ((usage ~~* '%INBOUND%'::text))");
        Statement second = connection.createStatement();
        ResultSet lower = second.executeQuery(
            "SELECT count(*) FROM ccc.numbers WHERE ((lower(usage) ~~ '%inbound%'::text))")) {
      assertTrue(ilike.next());
      assertTrue(lower.next());
      assertTrue(ilike.getLong(1) > 0);
      assertEquals(lower.getLong(1), ilike.getLong(1));
    }
  }

  @Test
  void aFetchOutsideATransactionAndAnUnknownCursorAreRefused() throws SQLException {
    try (Connection connection = connect(EndpointCredentials.FDW_USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      assertEquals("25P01", assertThrows(SQLException.class,
          () -> statement.execute("FETCH 100 FROM c1")).getSQLState());
      statement.execute("START TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      assertEquals("34000", assertThrows(SQLException.class,
          () -> statement.execute("FETCH 100 FROM c9")).getSQLState());
      assertEquals("25P02", assertThrows(SQLException.class,
          () -> statement.execute("FETCH 100 FROM c9")).getSQLState());
      statement.execute("ABORT TRANSACTION");
      statement.execute("SET timezone = 'UTC'");
    }
  }

  @Test
  void aWrongPasswordOrUserIsRefused() {
    assertEquals("28P01", assertThrows(SQLException.class,
        () -> connect(EndpointCredentials.FDW_USER, "guess")).getSQLState());
    assertEquals("28P01", assertThrows(SQLException.class,
        () -> connect("postgres", PASSWORD)).getSQLState());
  }

  @Test
  void queriesOverTheExtendedProtocolAreForPostgresNotForClients() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", EndpointCredentials.FDW_USER);
    properties.setProperty("password", PASSWORD);
    try (Connection connection = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + endpoint.port() + "/ccc", properties);
        Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> statement.executeQuery("SELECT * FROM ccc.instances"));
      assertEquals("0A000", e.getSQLState());
      assertTrue(e.getMessage().contains("serve"), e.getMessage());
    }
  }

  @Test
  void anEncryptionRequestIsDeclinedAndTheStartupGoesOn() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(8);
      out.writeInt(80877103);
      out.flush();
      assertEquals('N', socket.getInputStream().read());
      byte[] parameters = ("user\0" + EndpointCredentials.FDW_USER + "\0\0")
          .getBytes(StandardCharsets.UTF_8);
      out.writeInt(8 + parameters.length);
      out.writeInt(3 << 16);
      out.write(parameters);
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      assertEquals('R', in.read());
      in.readInt();
      assertEquals(5, in.readInt(), "an MD5 password challenge");
    }
  }

  @Test
  void malformedInputClosesOnlyThatConnection() throws Exception {
    try (Connection other = connect(EndpointCredentials.FDW_USER, PASSWORD);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(Integer.MAX_VALUE);
      out.writeInt(3 << 16);
      out.flush();
      assertEquals(-1, socket.getInputStream().read(), "the endpoint hung up");
      try (Statement statement = other.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM ccc.admins")) {
        assertTrue(rows.next());
        assertTrue(rows.getLong(1) > 0);
      }
    }
  }
}
