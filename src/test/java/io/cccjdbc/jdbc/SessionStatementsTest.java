package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session statements pools, frameworks and tools send: accepted and changing nothing where
 * the driver already does what they ask, refused with a reason where it cannot.
 */
class SessionStatementsTest {

  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true;timeZone=UTC");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SET TRANSACTION READ ONLY",
      "set transaction isolation level read committed, read only",
      "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
      "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ UNCOMMITTED",
      "SET TRANSACTION READ ONLY DEFERRABLE;",
      "BEGIN", "BEGIN TRANSACTION READ ONLY", "START TRANSACTION ISOLATION LEVEL READ COMMITTED",
      "COMMIT", "COMMIT WORK", "END", "ROLLBACK", "ROLLBACK TRANSACTION", "ABORT",
      "SET search_path TO ccc", "SET search_path = \"$user\", ccc", "SET SCHEMA 'ccc'",
      "SET search_path TO DEFAULT", "SET TIME ZONE 'UTC'", "SET TIME ZONE utc",
      "SET timezone = 'Etc/UTC'", "SET TIME ZONE LOCAL", "SET TIME ZONE 0",
      "SET default_transaction_read_only = on", "SET transaction_read_only TO true",
      "SET transaction_isolation = 'read committed'",
      "RESET ALL", "RESET search_path", "DISCARD ALL",
      "/* pool */ SET LOCAL TRANSACTION READ ONLY"})
  void whatTheDriverAlreadyDoesIsAcceptedAndChangesNothing(String sql) throws SQLException {
    int numbers = countNumbers();
    try (Statement statement = connection.createStatement()) {
      assertFalse(statement.execute(sql));
      assertNull(statement.getResultSet());
      assertEquals(0, statement.getUpdateCount());
      assertFalse(statement.getMoreResults());
      assertEquals(-1, statement.getUpdateCount());
      assertEquals(0, statement.executeUpdate(sql));
      assertEquals(0L, statement.executeLargeUpdate(sql));
    }
    try (PreparedStatement prepared = connection.prepareStatement(sql)) {
      assertNull(prepared.getMetaData());
      assertEquals(0, prepared.getParameterMetaData().getParameterCount());
      assertFalse(prepared.execute());
      assertEquals(0, prepared.executeUpdate());
    }
    assertEquals(numbers, countNumbers(), "queries run as before");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "SET TRANSACTION READ WRITE | 25006 | read-only",
      "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE | 25006 | READ WRITE",
      "BEGIN READ WRITE | 25006 | READ ONLY",
      "SET transaction_read_only = off | 25006 | stays on",
      "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE | 0A000 | READ COMMITTED",
      "START TRANSACTION ISOLATION LEVEL REPEATABLE READ | 0A000 | reads the API anew",
      "SET search_path TO public | 0A000 | one schema, ccc",
      "SET TIME ZONE 'Asia/Shanghai' | 0A000 | time zone is UTC (the property timeZone)",
      "SET statement_timeout = 5000 | 0A000 | SET application_name",
      "SHOW search_path | 0A000 | SHOW is not supported",
      "SAVEPOINT s1 | 0A000 | SAVEPOINT",
      "ROLLBACK TO SAVEPOINT s1 | 0A000 | no savepoints",
      "SET TRANSACTION | 42000 | transaction mode is missing",
      "SET TRANSACTION READ ONLY now | 42000 | a transaction mode is",
      "SET application_name | 42000 | TO is missing"})
  void whatTheDriverCannotKeepIsRefusedWithAReason(String sql, String state, String reason)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> statement.execute(sql));

      assertEquals(state, e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
  }

  @Test
  void theTimeZoneASessionMayNameIsTheConnections() throws SQLException {
    try (Connection shanghai = DriverManager.getConnection(
            "jdbc:ccc:demo=true;timeZone=Asia/Shanghai");
        Statement statement = shanghai.createStatement()) {
      assertFalse(statement.execute("SET TIME ZONE 'asia/shanghai'"));
      assertFalse(statement.execute("SET timezone = LOCAL"));
      SQLException utc = assertThrows(SQLException.class,
          () -> statement.execute("SET TIME ZONE 'UTC'"));
      assertEquals("0A000", utc.getSQLState());
      assertTrue(utc.getMessage().contains("SET TIME ZONE 'Asia/Shanghai'"), utc.getMessage());
    }
  }

  @Test
  void applicationNameIsTheApplicationNameClientInfo() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET application_name = 'Monthly report'");
      assertEquals("Monthly report", connection.getClientInfo("ApplicationName"));

      statement.execute("SET SESSION application_name TO reports");
      assertEquals("reports", connection.getClientInfo("ApplicationName"));

      statement.execute("RESET application_name");
      assertNull(connection.getClientInfo("ApplicationName"));
    }
  }

  @Test
  void executeQueryOfASessionStatementSaysItReturnsNoRows() throws SQLException {
    try (Statement statement = connection.createStatement();
        PreparedStatement prepared = connection.prepareStatement("SET TRANSACTION READ ONLY")) {
      SQLException plain = assertThrows(SQLException.class,
          () -> statement.executeQuery("SET TRANSACTION READ ONLY"));
      SQLException fromPrepared = assertThrows(SQLException.class, prepared::executeQuery);

      assertEquals("02000", plain.getSQLState());
      assertEquals("02000", fromPrepared.getSQLState());
      assertTrue(plain.getMessage().contains("execute"), plain.getMessage());
    }
  }

  @Test
  void aStatementRunsQueriesAgainAfterASessionStatement() throws SQLException {
    int numbers = countNumbers();
    try (Statement statement = connection.createStatement()) {
      assertTrue(statement.execute("SELECT count(*) FROM numbers"));
      ResultSet before = statement.getResultSet();
      assertFalse(statement.execute("SET TRANSACTION READ ONLY"));
      assertTrue(before.isClosed(), "a new execution closes the previous result");

      assertTrue(statement.execute("SELECT count(*) FROM numbers"));
      try (ResultSet rows = statement.getResultSet()) {
        assertTrue(rows.next());
        assertEquals(numbers, rows.getInt(1));
      }
      assertEquals(-1, statement.getUpdateCount());
    }
  }

  private int countNumbers() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM numbers")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
