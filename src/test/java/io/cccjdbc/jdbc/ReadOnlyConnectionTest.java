package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calls connection pools and tools make on every connection and statement. */
class ReadOnlyConnectionTest {

  private static final String ALL_NUMBERS = "SELECT instance_id, number FROM numbers";

  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void autoCommitIsOnAndCommitAndRollbackDoNothing() throws SQLException {
    assertTrue(connection.getAutoCommit());
    connection.setAutoCommit(false);
    connection.commit();
    connection.rollback();
    connection.setAutoCommit(true);
    connection.commit();
    connection.rollback();
    assertTrue(connection.getAutoCommit());
    assertEquals(count(ALL_NUMBERS), count(ALL_NUMBERS));
  }

  @Test
  void readOnlyAndIsolationCanBeSetAsPoolsDo() throws SQLException {
    connection.setReadOnly(true);
    connection.setReadOnly(false);
    assertTrue(connection.isReadOnly());
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    assertEquals(Connection.TRANSACTION_NONE, connection.getTransactionIsolation());
  }

  @Test
  void clientInfoIsKeptAndReadBack() throws SQLException {
    connection.setClientInfo("ApplicationName", "DBeaver 25.1 - Main");
    connection.setClientInfo("ClientUser", "analyst");
    assertEquals("DBeaver 25.1 - Main", connection.getClientInfo("ApplicationName"));
    assertEquals(2, connection.getClientInfo().size());

    connection.setClientInfo("ClientUser", null);
    assertNull(connection.getClientInfo("ClientUser"));

    Properties replacement = new Properties();
    replacement.setProperty("ClientHostname", "reporting-host");
    connection.setClientInfo(replacement);
    assertEquals(replacement, connection.getClientInfo());

    connection.getClientInfo().setProperty("ApplicationName", "changed outside");
    assertNull(connection.getClientInfo("ApplicationName"), "a copy is handed out");
  }

  @Test
  void nativeSqlIsTheSqlAsWritten() throws SQLException {
    String sql = "SELECT {fn UCASE(instance_id)} FROM instances WHERE instance_id = ?";
    assertEquals(sql, connection.nativeSQL(sql));
  }

  @Test
  void theTypeMapIsEmpty() throws SQLException {
    Map<String, Class<?>> map = connection.getTypeMap();
    assertTrue(map.isEmpty());
  }

  @Test
  void escapeProcessingCanBeSetAndEscapesStillRead() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      statement.setEscapeProcessing(true);
      try (ResultSet rows = statement.executeQuery(
          "SELECT {d '2020-07-01'} FROM instances WHERE instance_id = 'ccc-test'")) {
        assertTrue(rows.next());
        assertEquals("2020-07-01", rows.getString(1));
      }
    }
  }

  @Test
  void aStatementCanceledBeforeItRunsStillRuns() throws SQLException {
    int expected = count(ALL_NUMBERS);
    try (Statement statement = connection.createStatement()) {
      statement.cancel();
      assertEquals(expected, count(statement.executeQuery(ALL_NUMBERS)));
    }
  }

  @Test
  void aStatementCanceledWhileReadingRowsRunsAgain() throws SQLException {
    int expected = count(ALL_NUMBERS);
    try (Statement statement = connection.createStatement()) {
      ResultSet rows = statement.executeQuery(ALL_NUMBERS);
      assertTrue(rows.next());
      statement.cancel();
      assertThrows(SQLException.class, rows::next);

      assertEquals(expected, count(statement.executeQuery(ALL_NUMBERS)));
      assertEquals(expected, count(statement.executeQuery(ALL_NUMBERS)));
    }
  }

  @Test
  void aPreparedStatementCanceledWhileReadingRowsRunsAgain() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT number FROM numbers WHERE instance_id = ?")) {
      statement.setString(1, "ccc-test");
      ResultSet rows = statement.executeQuery();
      assertTrue(rows.next());
      statement.cancel();
      assertThrows(SQLException.class, rows::next);

      assertEquals(1, count(statement.executeQuery()));
    }
  }

  private int count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return count(statement.executeQuery(sql));
    }
  }

  private static int count(ResultSet rows) throws SQLException {
    int count = 0;
    try (rows) {
      while (rows.next()) {
        count++;
      }
    }
    return count;
  }
}
