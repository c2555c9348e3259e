package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows stream from the API once: a scrollable or updatable result set asked for is replaced by
 * the forward-only, read-only one, with a warning on the connection as JDBC asks, and moving
 * backwards fails with a message that says why.
 */
class ResultSetKindTest {

  private static final String QUERY = "SELECT instance_id FROM instances";

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
  void aScrollableResultSetIsReplacedWithAWarning() throws SQLException {
    try (Statement statement = connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
        ResultSet.CONCUR_READ_ONLY); ResultSet rows = statement.executeQuery(QUERY)) {
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, statement.getResultSetType());
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, rows.getType());
      SQLWarning warning = connection.getWarnings();
      assertNotNull(warning);
      assertEquals("01000", warning.getSQLState());
      assertTrue(warning.getMessage().contains("TYPE_FORWARD_ONLY"), warning.getMessage());

      assertTrue(rows.next());
      for (Move move : new Move[] {
          () -> rows.absolute(1), () -> rows.relative(-1), rows::previous, rows::first,
          rows::last, rows::beforeFirst, rows::afterLast}) {
        SQLException e = assertThrows(SQLException.class, move::run);
        assertEquals("24000", e.getSQLState());
        assertTrue(e.getMessage().contains("TYPE_FORWARD_ONLY"), e.getMessage());
      }
      assertTrue(rows.next(), "the rows are still there to read forward");
    }
  }

  @Test
  void anUpdatableResultSetIsReplacedWithAWarningAndRefusesUpdates() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(QUERY,
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE);
        ResultSet rows = statement.executeQuery()) {
      assertEquals(ResultSet.CONCUR_READ_ONLY, rows.getConcurrency());
      assertTrue(connection.getWarnings().getMessage().contains("CONCUR_READ_ONLY"));
      assertTrue(rows.next());
      SQLException e = assertThrows(SQLFeatureNotSupportedException.class,
          () -> rows.updateString(1, "x"));
      assertEquals("0A000", e.getSQLState());
      assertTrue(e.getMessage().contains("updateString"), e.getMessage());
      assertFalse(rows.rowUpdated());
    }
  }

  @Test
  void theForwardOnlyDefaultGivesNoWarning() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery(QUERY).close();
    }
    assertNull(connection.getWarnings());
  }

  @Test
  void anUnknownKindIsAnInvalidArgument() {
    SQLException type = assertThrows(SQLException.class,
        () -> connection.createStatement(42, ResultSet.CONCUR_READ_ONLY));
    SQLException holdability = assertThrows(SQLException.class,
        () -> connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
            ResultSet.CONCUR_READ_ONLY, 7));

    assertEquals("HY024", type.getSQLState());
    assertEquals("HY024", holdability.getSQLState());
  }

  @Test
  void metadataTellsTheOneKindThereIs() throws SQLException {
    assertTrue(connection.getMetaData().supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY));
    assertFalse(connection.getMetaData()
        .supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE));
    assertFalse(connection.getMetaData().supportsResultSetConcurrency(
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE));
  }

  private interface Move {
    void run() throws SQLException;
  }
}
