package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import io.cccjdbc.calcite.CccTables;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The calls Metabase's sql-jdbc sync makes: the connection options it sets, the schemas and
 * tables it lists, a SELECT probe per table, each table's columns, primary keys and foreign
 * keys, then a sample of rows per table. Each must answer, the answers must agree, and all but
 * the sample must cost no API call.
 *
 * <p>The sequence follows Metabase's sources (metabase/metabase), in
 * {@code src/metabase/driver/sql_jdbc/}: {@code execute.clj}
 * ({@code connection-with-timezone}, {@code set-best-transaction-level!},
 * {@code prepared-statement}, {@code execute-reducible-query}), {@code sync/common.clj}
 * ({@code prepare-statement}), {@code sync/describe_database.clj} ({@code all-schemas},
 * {@code db-tables}, {@code simple-select-probe-query}, {@code have-select-privilege?}) and
 * {@code sync/describe_table.clj} ({@code jdbc-fields-metadata}, {@code fallback-metadata-query},
 * {@code get-table-pks}, {@code describe-table-fks*}). Metabase runs the fallback
 * {@code SELECT * ... WHERE 1 <> 1} only when getColumns lacks types; it runs here for every
 * table to check that a query's metadata agrees with getColumns.
 */
class MetabaseSyncReplayTest {

  private static final String[] TABLE_TYPES = {"TABLE", "PARTITIONED TABLE", "VIEW",
      "FOREIGN TABLE", "MATERIALIZED VIEW", "EXTERNAL TABLE", "DYNAMIC_TABLE"};

  private static final Map<Integer, Class<?>> JAVA_CLASSES =
      Map.of(Types.VARCHAR, String.class, Types.BOOLEAN, Boolean.class,
          Types.INTEGER, Integer.class, Types.BIGINT, Long.class, Types.DOUBLE, Double.class,
          Types.TIMESTAMP, java.sql.Timestamp.class);

  @Test
  void syncDescribesEveryTableConsistentlyAndOnlyTheSampleCallsTheApi() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect()) {
      setConnectionOptions(connection);
      DatabaseMetaData metaData = connection.getMetaData();

      LearnedSchema learned = new LearnedSchema();
      List<String> schemas = new ArrayList<>();
      try (ResultSet rows = metaData.getSchemas()) {
        while (rows.next()) {
          schemas.add(rows.getString("TABLE_SCHEM"));
        }
      }
      assertEquals(List.of("ccc"), schemas);
      for (String schema : schemas) {
        try (ResultSet rows = metaData.getTables(null, schema, "%", TABLE_TYPES)) {
          while (rows.next()) {
            String table = rows.getString("TABLE_NAME");
            assertEquals(schema, rows.getString("TABLE_SCHEM"));
            assertFalse(rows.getString("REMARKS").isBlank(), "Metabase's table description");
            assertTrue(haveSelectPrivilege(connection, schema, table), table);
            learned.table(table);
          }
        }
      }
      assertEquals(CccTables.ALL.size(), learned.tables().size());

      for (String table : learned.tables()) {
        describeFields(connection, learned, table);
        try (ResultSet rows = metaData.getPrimaryKeys(null, "ccc", table)) {
          while (rows.next()) {
            learned.primaryKey(table, rows.getString("COLUMN_NAME"), rows.getInt("KEY_SEQ"),
                null);
          }
        }
        try (ResultSet rows = metaData.getImportedKeys(null, "ccc", table)) {
          while (rows.next()) {
            assertEquals("ccc", rows.getString("PKTABLE_SCHEM"));
            learned.foreignKey(new LearnedSchema.ForeignKeyColumn(null, table,
                rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_NAME"),
                rows.getString("PKCOLUMN_NAME"), rows.getInt("KEY_SEQ"), null));
          }
        }
        assertFallbackMetadataMatches(connection, learned, table);
      }
      learned.assertConsistent();
      assertEquals(CccTables.ALL.stream().flatMap(t -> t.foreignKeys().stream())
          .mapToInt(k -> k.columns().size()).sum(), learned.foreignKeys().size());
      assertEquals(0, emulator.totalCalls(), "describing and probing are free");

      for (String table : learned.tables()) {
        assertSampleMatches(connection, learned, table);
      }
      assertTrue(emulator.totalCalls() > 0);
    }
  }

  /** execute.clj connection-with-timezone; nothing here may fail the connection. */
  private static void setConnectionOptions(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (int level : new int[] {Connection.TRANSACTION_READ_UNCOMMITTED,
        Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_READ_COMMITTED}) {
      if (metaData.supportsTransactionIsolationLevel(level)) {
        connection.setTransactionIsolation(level);
        break;
      }
    }
    connection.setReadOnly(true);
    connection.setHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT);
  }

  /** execute.clj prepared-statement, as sync/common.clj prepare-statement uses it. */
  private static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
        ResultSet.CONCUR_READ_ONLY, ResultSet.CLOSE_CURSORS_AT_COMMIT);
    statement.setFetchDirection(ResultSet.FETCH_FORWARD);
    return statement;
  }

  /** describe_database.clj simple-select-probe-query, run as have-select-privilege? runs it. */
  private static boolean haveSelectPrivilege(Connection connection, String schema, String table)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection,
        "SELECT TRUE AS \"_\" FROM \"" + schema + "\".\"" + table + "\" WHERE 1 <> 1 LIMIT 0")) {
      statement.setMaxRows(0);
      statement.execute();
      return true;
    }
  }

  /** describe_table.clj jdbc-fields-metadata: getColumns with a null column pattern. */
  private static void describeFields(Connection connection, LearnedSchema learned, String table)
      throws SQLException {
    try (ResultSet rows = connection.getMetaData().getColumns(null, "ccc", table, null)) {
      while (rows.next()) {
        assertTrue(rows.getString("TYPE_NAME").matches("[A-Z]+"),
            "a type name Metabase can map: " + rows.getString("TYPE_NAME"));
        assertEquals("NO", rows.getString("IS_AUTOINCREMENT"));
        assertNull(rows.getString("COLUMN_DEF"));
        assertFalse(rows.getString("REMARKS").isBlank(), "Metabase's field comment");
        learned.column(rows);
      }
    }
  }

  /** describe_table.clj fallback-metadata-query: a query's metadata says what getColumns said. */
  private static void assertFallbackMetadataMatches(Connection connection, LearnedSchema learned,
      String table) throws SQLException {
    try (PreparedStatement statement = prepare(connection,
            "SELECT * FROM \"ccc\".\"" + table + "\" WHERE 1 <> 1 LIMIT 0");
        ResultSet rows = statement.executeQuery()) {
      assertFalse(rows.next());
      assertMatches(learned.columns(table), rows.getMetaData(), table);
    }
  }

  /** metadata-queries table-rows-sample, run as execute-reducible-query runs queries. */
  private static void assertSampleMatches(Connection connection, LearnedSchema learned,
      String table) throws SQLException {
    String sql = "-- Metabase:: userID: 1 queryType: MBQL queryHash: 0\n"
        + "SELECT * FROM \"ccc\".\"" + table + "\" LIMIT 10000";
    Optional<String> time = CccTables.find(table).orElseThrow().timeColumn();
    if (time.isPresent()) {
      // A table of a time window refuses a scan without one, rather than answer for today.
      SQLException refused = assertThrows(SQLException.class, () -> {
        try (PreparedStatement statement = prepare(connection, sql)) {
          statement.executeQuery().close();
        }
      });
      assertEquals("42000", refused.getSQLState(), table);
      assertTrue(refused.getMessage().contains(time.get()), refused.getMessage());
      return;
    }
    try (PreparedStatement statement = prepare(connection, sql)) {
      statement.setMaxRows(2000);
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData columns = rows.getMetaData();
        assertMatches(learned.columns(table), columns, table);
        int count = 0;
        while (rows.next()) {
          count++;
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            Object value = rows.getObject(i);
            if (value != null) {
              assertInstanceOf(JAVA_CLASSES.get(columns.getColumnType(i)), value,
                  table + "." + columns.getColumnLabel(i));
            }
          }
        }
        assertTrue(count > 0, table + " has rows in the demo");
      }
    }
  }

  private static void assertMatches(List<LearnedSchema.Column> described,
      ResultSetMetaData query, String table) throws SQLException {
    assertEquals(described.size(), query.getColumnCount(), table);
    for (int i = 1; i <= query.getColumnCount(); i++) {
      LearnedSchema.Column column = described.get(i - 1);
      String where = table + "." + column.name();
      assertEquals(column.name(), query.getColumnName(i), where);
      assertEquals(column.name(), query.getColumnLabel(i), where);
      assertEquals(column.typeName(), query.getColumnTypeName(i), where);
      assertEquals(column.dataType(), query.getColumnType(i), where);
      assertEquals(column.nullable(), query.isNullable(i), where);
      assertFalse(query.isAutoIncrement(i), where);
    }
  }
}
