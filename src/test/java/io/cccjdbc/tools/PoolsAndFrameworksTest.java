package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cccjdbc.TestEmulator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What pools and frameworks call, in the order they call it: HikariCP itself, and the JDBC
 * sequences of Spark's JDBC source (its schema probe, partitioned reads and the probe of a
 * write), Spring's read-only transactions with {@code enforceReadOnly}, jOOQ and MyBatis with
 * DBCP's validation. Each runs against the emulator, whose request counts show what was fetched.
 */
class PoolsAndFrameworksTest {

  private static TestEmulator emulator;
  private static Connection connection;

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.demo();
    connection = emulator.connect();
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @BeforeEach
  void resetCounts() {
    emulator.resetCounts();
  }

  @Test
  void hikariInitializesValidatesResetsAndClosesItsConnections() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(emulator.url());
    config.setPoolName("ccc-test-pool");
    config.setMaximumPoolSize(2);
    config.setAutoCommit(false);
    config.setReadOnly(true);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setConnectionInitSql("SET application_name = 'nightly-report'");
    config.setConnectionTestQuery("SELECT 1");
    Connection physical;
    try (HikariDataSource pool = new HikariDataSource(config)) {
      try (Connection borrowed = pool.getConnection()) {
        physical = borrowed.unwrap(Connection.class);
        assertEquals("nightly-report", borrowed.getClientInfo("ApplicationName"));
        assertFalse(borrowed.getAutoCommit());
        assertTrue(borrowed.isReadOnly());
        assertEquals(1, count(borrowed, "SELECT count(*) FROM instances"
            + " WHERE instance_id = 'ccc-test'"));
        borrowed.setAutoCommit(true);
      }
      try (Connection again = pool.getConnection()) {
        assertFalse(again.getAutoCommit(), "the pool reset what the borrower changed");
        assertTrue(again.isValid(1));
      }
      pool.getHikariPoolMXBean().softEvictConnections();
    }
    assertTrue(physical.isClosed());
  }

  @Test
  void sparkReadsTheSchemaForFreeThenPartitionsByInstance() throws SQLException {
    try (PreparedStatement probe = connection.prepareStatement(
        "SELECT * FROM (SELECT \"instance_id\", \"number\", \"active\" FROM numbers)"
            + " SPARK_GEN_SUBQ_0 WHERE 1=0")) {
      probe.setQueryTimeout(0);
      try (ResultSet rows = probe.executeQuery()) {
        ResultSetMetaData columns = rows.getMetaData();
        assertEquals(3, columns.getColumnCount());
        assertEquals("instance_id", columns.getColumnLabel(1));
        assertEquals(Types.BOOLEAN, columns.getColumnType(3));
        assertEquals(ResultSetMetaData.columnNoNulls, columns.isNullable(1));
        assertFalse(rows.next());
      }
    }
    assertEquals(0, emulator.totalCalls(), "the schema probe fetches nothing");

    List<String> partitioned = new ArrayList<>();
    for (String where : List.of("\"instance_id\" IN ('ccc-test', 'ccc-hz-service')",
        "\"instance_id\" IN ('ccc-cd-ops') OR \"instance_id\" IS NULL")) {
      try (PreparedStatement partition = connection.prepareStatement(
          "SELECT \"instance_id\",\"number\",\"active\" FROM numbers WHERE " + where,
          ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        partition.setFetchSize(1000);
        partition.setQueryTimeout(0);
        try (ResultSet rows = partition.executeQuery()) {
          while (rows.next()) {
            boolean active = rows.getBoolean(3);
            partitioned.add(rows.getString(1) + " " + rows.getString(2) + " "
                + (rows.wasNull() ? "null" : active));
          }
        }
      }
    }
    assertEquals(rows("SELECT instance_id || ' ' || number || ' ' || COALESCE(LOWER(CAST(active"
        + " AS VARCHAR)), 'null') FROM numbers WHERE instance_id IN ('ccc-test', 'ccc-hz-service',"
        + " 'ccc-cd-ops')"), partitioned.stream().sorted().toList());
  }

  @Test
  void sparksWriteFailsAtOnceAfterItsFreeProbe() throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement("SELECT * FROM numbers WHERE 1=0")) {
      exists.executeQuery().close();
    }
    assertFalse(connection.getMetaData().supportsTransactions());
    for (Write write : List.<Write>of(
        () -> connection.prepareStatement(
            "INSERT INTO numbers (\"instance_id\",\"number\") VALUES (?,?)"),
        () -> connection.createStatement().executeUpdate("TRUNCATE TABLE numbers"),
        () -> connection.createStatement().executeUpdate("DROP TABLE numbers"),
        () -> connection.createStatement().executeUpdate(
            "CREATE TABLE numbers (\"instance_id\" TEXT , \"number\" TEXT )"))) {
      SQLException e = assertThrows(SQLException.class, write::run);
      assertEquals("25006", e.getSQLState(), e.getMessage());
    }
    assertEquals(0, emulator.totalCalls());
  }

  @Test
  void springRunsAReadOnlyTransactionWithEnforceReadOnly() throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setReadOnly(true);
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      assertEquals(0, statement.executeUpdate("SET TRANSACTION READ ONLY"));
    }
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT count(*), max(user_count) FROM number_skill_groups WHERE instance_id = ?")) {
      query.setString(1, "ccc-test");
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(1L, rows.getObject(1, Long.class));
        assertEquals(2, rows.getObject(2, Integer.class));
        assertFalse(rows.next());
      }
      assertNull(query.getWarnings());
    }
    try (PreparedStatement update =
        connection.prepareStatement("SELECT 1")) {
      assertThrows(SQLException.class, () -> update.executeUpdate("UPDATE numbers SET city = ?"));
    }
    SQLException update = assertThrows(SQLException.class, () -> connection.prepareStatement(
        "UPDATE numbers SET city = ? WHERE instance_id = ?"));
    assertEquals("25006", update.getSQLState());
    connection.commit();
    connection.setAutoCommit(autoCommit);
    connection.setTransactionIsolation(Connection.TRANSACTION_NONE);
    connection.setReadOnly(false);
    assertTrue(connection.getAutoCommit());
  }

  @Test
  void jooqBindsLimitsAsLongsAndDecimalsAndReadsThroughExecute() throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select \"numbers\".\"number\", \"numbers\".\"active\" from \"numbers\""
            + " where \"numbers\".\"instance_id\" = ? order by 1 limit ? offset ?")) {
      query.setString(1, "ccc-hz-service");
      query.setLong(2, 2L);
      query.setBigDecimal(3, BigDecimal.ONE);
      assertTrue(query.execute());
      List<String> numbers = new ArrayList<>();
      try (ResultSet rows = query.getResultSet()) {
        assertEquals("number", rows.getMetaData().getColumnLabel(1));
        while (rows.next()) {
          numbers.add(rows.getString(1) + " " + rows.getObject(2, Boolean.class));
        }
      }
      assertEquals(2, numbers.size());
      assertFalse(query.getMoreResults());
      assertEquals(-1, query.getUpdateCount());
    }
    SQLException e = assertThrows(SQLException.class,
        () -> connection.prepareStatement("delete from \"numbers\"").executeUpdate());
    assertEquals("25006", e.getSQLState());
  }

  @Test
  void myBatisReadsWithTypeHandlersAfterDbcpValidation() throws SQLException {
    try (Statement validation = connection.createStatement()) {
      validation.setQueryTimeout(5);
      try (ResultSet one = validation.executeQuery("SELECT 1")) {
        assertTrue(one.next());
      }
    }
    assertTrue(connection.isValid(5));
    connection.clearWarnings();
    try (PreparedStatement mapped = connection.prepareStatement(
        "SELECT skill_group_id, user_count, name FROM number_skill_groups"
            + " WHERE instance_id = ? AND number <> ?")) {
      mapped.setString(1, "ccc-test");
      mapped.setNull(2, Types.OTHER);
      mapped.execute();
      ResultSet rows = mapped.getResultSet();
      while (rows == null && (mapped.getMoreResults() || mapped.getUpdateCount() != -1)) {
        rows = mapped.getResultSet();
      }
      assertFalse(rows.next(), "number <> NULL holds for no row");
      assertEquals("java.lang.Integer", rows.getMetaData().getColumnClassName(2));
    }
    try (PreparedStatement mapped = connection.prepareStatement(
        "SELECT skill_group_id, user_count FROM number_skill_groups WHERE instance_id = ?")) {
      mapped.setObject(1, "ccc-test");
      try (ResultSet rows = mapped.executeQuery()) {
        assertTrue(rows.next());
        assertEquals("test@ccc-test", rows.getString("skill_group_id"));
        int users = rows.getInt("user_count");
        assertFalse(rows.wasNull());
        assertEquals(2, users);
      }
    }
  }

  private static int count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows.stream().sorted().toList();
  }

  private interface Write {
    void run() throws SQLException;
  }
}
