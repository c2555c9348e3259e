package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaDatabaseMetaData;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaResultSetMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What JDBC promises about the connection and the objects it hands out: the user and the commit
 * mode read back, only the driver's own objects (never Calcite's, which would bypass its error
 * translation and read-only rules), each leading back to its parent, and a clear 08003 once
 * closed or aborted.
 */
class ConnectionContractTest {

  private TestEmulator emulator;
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    emulator = TestEmulator.demo();
    connection = emulator.connect();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    emulator.close();
  }

  @Test
  void theUserNameIsTheAccessKeyId() throws SQLException {
    assertEquals(emulator.accessKeyId(), connection.getMetaData().getUserName());
  }

  @Test
  void autoCommitReadsBackWhatWasSet() throws SQLException {
    assertTrue(connection.getAutoCommit());
    connection.setAutoCommit(false);
    assertFalse(connection.getAutoCommit());
    connection.commit();
    connection.rollback();
    assertFalse(connection.getAutoCommit());
    connection.setAutoCommit(true);
    assertTrue(connection.getAutoCommit());
  }

  @Test
  void calcitesObjectsAreNeverHandedOut() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM instances")) {
      List<Object[]> refusals = List.of(
          new Object[] {connection, CalciteConnection.class},
          new Object[] {connection, AvaticaConnection.class},
          new Object[] {connection.getMetaData(), AvaticaDatabaseMetaData.class},
          new Object[] {statement, AvaticaStatement.class},
          new Object[] {rows, AvaticaResultSet.class},
          new Object[] {rows.getMetaData(), AvaticaResultSetMetaData.class});
      for (Object[] refusal : refusals) {
        java.sql.Wrapper wrapper = (java.sql.Wrapper) refusal[0];
        Class<?> type = (Class<?>) refusal[1];

        assertFalse(wrapper.isWrapperFor(type), type.getName());
        SQLException e = assertThrows(SQLFeatureNotSupportedException.class,
            () -> wrapper.unwrap(type));
        assertEquals("0A000", e.getSQLState());
        assertTrue(e.getMessage().contains(type.getName()), e.getMessage());
      }
      assertSame(statement, statement.unwrap(CccStatement.class));
      assertSame(connection, connection.unwrap(Connection.class));
      assertTrue(rows.isWrapperFor(ResultSet.class));
    }
  }

  @Test
  void eachObjectLeadsBackToItsParent() throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (Statement statement = connection.createStatement();
        PreparedStatement prepared = connection.prepareStatement("SELECT * FROM instances");
        ResultSet rows = statement.executeQuery("SELECT * FROM instances");
        ResultSet preparedRows = prepared.executeQuery()) {
      assertSame(connection, metaData.getConnection());
      assertSame(connection, statement.getConnection());
      assertSame(connection, prepared.getConnection());
      assertSame(statement, rows.getStatement());
      assertSame(prepared, preparedRows.getStatement());
      assertSame(rows, statement.getResultSet(), "one wrapper per result");
      assertSame(metaData, connection.getMetaData());
    }
  }

  @Test
  void abortClosesAtOnceAndFinishesOnTheExecutor() throws SQLException {
    Statement statement = connection.createStatement();
    List<Runnable> queued = new ArrayList<>();
    Executor executor = queued::add;

    connection.abort(executor);

    assertTrue(connection.isClosed());
    assertEquals(1, queued.size());
    queued.get(0).run();
    SQLException e = assertThrows(SQLException.class,
        () -> statement.executeQuery("SELECT * FROM instances"));
    assertEquals("08003", e.getSQLState());
    try (Connection other = DriverManager.getConnection("jdbc:ccc:demo=true")) {
      SQLException nullExecutor = assertThrows(SQLException.class, () -> other.abort(null));
      assertEquals("HY024", nullExecutor.getSQLState());
    }
  }

  @Test
  void aClosedConnectionAndItsObjectsFailWith08003() throws SQLException {
    Statement statement = connection.createStatement();
    DatabaseMetaData metaData = connection.getMetaData();
    connection.close();

    for (Attempt attempt : List.<Attempt>of(
        connection::createStatement,
        () -> connection.prepareStatement("SELECT 1"),
        connection::getAutoCommit,
        connection::commit,
        () -> statement.executeQuery("SELECT * FROM instances"),
        () -> metaData.getTables(null, null, "%", null))) {
      SQLException e = assertThrows(SQLException.class, attempt::run);
      assertEquals("08003", e.getSQLState(), e.getMessage());
      assertNotNull(e.getMessage());
    }
  }

  private interface Attempt {
    void run() throws SQLException;
  }
}
