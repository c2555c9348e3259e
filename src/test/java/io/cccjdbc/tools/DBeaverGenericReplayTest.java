package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calls DBeaver's generic JDBC driver makes when it opens a connection and a user expands
 * the navigator tree down to columns, keys, indexes and references, and opens a table's data.
 * Each must answer, and together the answers must agree as DBeaver relies on them.
 *
 * <p>The sequence follows DBeaver's sources (dbeaver/dbeaver):
 * {@code plugins/org.jkiss.dbeaver.model.jdbc/.../impl/jdbc/JDBCExecutionContext.java}
 * ({@code connect}), {@code JDBCDataSourceInfo.java} (its constructor),
 * {@code JDBCSQLDialect.java} ({@code initDriverSettings}, {@code loadDriverKeywords}), and in
 * {@code plugins/org.jkiss.dbeaver.ext.generic/.../model/}: {@code GenericDataSource.java}
 * ({@code initialize}), {@code meta/GenericMetaModel.java} ({@code loadSchemas},
 * {@code loadProcedures}, {@code prepareTableLoadStatement},
 * {@code prepareTableColumnLoadStatement}, {@code prepareUniqueConstraintsLoadStatement},
 * {@code prepareForeignKeysLoadStatement}), {@code IndexCache.java} and
 * {@code GenericTableBase.java} ({@code loadReferences}).
 */
class DBeaverGenericReplayTest {

  private Connection connection;
  private DatabaseMetaData metaData;

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true");
    // JDBCExecutionContext.connect: the default auto-commit is set, then read back.
    connection.setAutoCommit(true);
    assertTrue(connection.getAutoCommit());
    metaData = connection.getMetaData();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void connectingReadsProductTermsAndDialectWithoutAnError() throws SQLException {
    // JDBCDataSourceInfo(metaData)
    metaData.isReadOnly();
    assertEquals("Alibaba Cloud Contact Center", metaData.getDatabaseProductName());
    assertFalse(metaData.getDatabaseProductVersion().isEmpty());
    assertEquals("ccc-jdbc", metaData.getDriverName());
    assertFalse(metaData.getDriverVersion().isEmpty());
    assertTrue(metaData.getDatabaseMajorVersion() > 0);
    metaData.getDatabaseMinorVersion();
    assertFalse(metaData.getSchemaTerm().isEmpty());
    metaData.getProcedureTerm();
    metaData.getCatalogTerm();
    metaData.supportsBatchUpdates();
    if (metaData.supportsTransactions()) {
      for (int level : new int[] {Connection.TRANSACTION_READ_UNCOMMITTED,
          Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
          Connection.TRANSACTION_SERIALIZABLE}) {
        metaData.supportsTransactionIsolationLevel(level);
      }
    }

    // JDBCSQLDialect.initDriverSettings
    assertEquals("\"", metaData.getIdentifierQuoteString().trim());
    metaData.getSQLStateType();
    assertTrue(metaData.supportsCorrelatedSubqueries() || metaData.supportsSubqueriesInIns());
    metaData.supportsMixedCaseIdentifiers();
    metaData.supportsMixedCaseQuotedIdentifiers();
    assertTrue(metaData.storesLowerCaseIdentifiers(), "unquoted names fold to lower case");
    assertFalse(metaData.storesUpperCaseIdentifiers());
    metaData.storesUpperCaseQuotedIdentifiers();
    metaData.storesLowerCaseQuotedIdentifiers();
    String escape = metaData.getSearchStringEscape();
    assertEquals("\\", escape);
    assertEquals(".", metaData.getCatalogSeparator());
    int catalogUsage = 0;
    for (boolean use : new boolean[] {metaData.supportsCatalogsInDataManipulation(),
        metaData.supportsCatalogsInTableDefinitions(), metaData.supportsCatalogsInProcedureCalls(),
        metaData.supportsCatalogsInIndexDefinitions(),
        metaData.supportsCatalogsInPrivilegeDefinitions()}) {
      catalogUsage += use ? 1 : 0;
    }
    assertEquals(0, catalogUsage, "DBeaver must never put a catalog into SQL");
    assertTrue(metaData.supportsSchemasInDataManipulation());
    metaData.supportsSchemasInTableDefinitions();
    metaData.supportsSchemasInProcedureCalls();
    metaData.supportsSchemasInIndexDefinitions();
    metaData.supportsSchemasInPrivilegeDefinitions();
    metaData.getExtraNameCharacters();
    metaData.isCatalogAtStart();
    assertFalse(metaData.getSQLKeywords().isEmpty());
    metaData.getNumericFunctions();
    metaData.getStringFunctions();
    metaData.getSystemFunctions();
    metaData.getTimeDateFunctions();
  }

  @Test
  void expandingTheTreeGivesTablesColumnsKeysAndIndexesThatAgree() throws SQLException {
    String escape = metaData.getSearchStringEscape();

    // GenericDataSource.initialize: data types, then catalogs, then schemas.
    Map<String, Integer> dataTypes = dataTypes();
    List<String> catalogs = new ArrayList<>();
    try (ResultSet rows = metaData.getCatalogs()) {
      while (rows.next()) {
        catalogs.add(rows.getString("TABLE_CAT"));
      }
    }
    assertEquals(List.of(), catalogs, "no catalog level in the tree");
    List<String> schemas = new ArrayList<>();
    try (ResultSet rows = metaData.getSchemas(null, "%")) {
      while (rows.next()) {
        schemas.add(rows.getString("TABLE_SCHEM"));
        assertNull(rows.getString("TABLE_CATALOG"));
      }
    }
    assertEquals(List.of("ccc"), schemas);
    // determineSelectedEntity: the connection's schema is one of them.
    assertTrue(schemas.contains(connection.getSchema()));
    assertNull(connection.getCatalog());
    Set<String> tableTypes = new HashSet<>();
    try (ResultSet rows = metaData.getTableTypes()) {
      while (rows.next()) {
        tableTypes.add(rows.getString("TABLE_TYPE"));
      }
    }

    String schema = escape("ccc", escape);
    LearnedSchema learned = new LearnedSchema();
    // prepareTableLoadStatement: all tables of the schema.
    try (ResultSet rows = metaData.getTables(null, schema, "%", null)) {
      while (rows.next()) {
        learned.table(rows.getString("TABLE_NAME"));
        assertTrue(tableTypes.contains(rows.getString("TABLE_TYPE")));
        assertEquals("ccc", rows.getString("TABLE_SCHEM"));
        assertFalse(rows.getString("REMARKS").isBlank());
      }
    }
    assertEquals(CccTables.ALL.size(), learned.tables().size());

    // prepareTableColumnLoadStatement, once per table as each node opens.
    for (String table : learned.tables()) {
      try (ResultSet rows = metaData.getColumns(null, schema, escape(table, escape), "%")) {
        while (rows.next()) {
          learned.column(rows);
          readColumnAsDBeaverDoes(rows);
          String typeName = rows.getString("TYPE_NAME");
          assertEquals(dataTypes.get(typeName), rows.getInt("DATA_TYPE"),
              typeName + " is found among getTypeInfo's types");
        }
      }
    }

    // prepareUniqueConstraintsLoadStatement and prepareForeignKeysLoadStatement: for the whole
    // schema at once (table "%"), then per table; both must say the same.
    readPrimaryKeys(learned, metaData.getPrimaryKeys(null, "ccc", "%"));
    readForeignKeys(learned, metaData.getImportedKeys(null, "ccc", "%"));
    LearnedSchema perTable = new LearnedSchema();
    for (String table : learned.tables()) {
      perTable.table(table);
      try (ResultSet rows = metaData.getColumns(null, schema, escape(table, escape), "%")) {
        while (rows.next()) {
          perTable.column(rows);
        }
      }
      readPrimaryKeys(perTable, metaData.getPrimaryKeys(null, "ccc", table));
      readForeignKeys(perTable, metaData.getImportedKeys(null, "ccc", table));
    }
    learned.assertConsistent();
    perTable.assertConsistent();
    assertEquals(Set.copyOf(learned.foreignKeys()), Set.copyOf(perTable.foreignKeys()));
    for (TableDef table : CccTables.ALL) {
      assertEquals(table.primaryKey(), learned.primaryKey(table.name()));
      assertEquals(table.primaryKey(), perTable.primaryKey(table.name()));
    }
    assertEquals(CccTables.ALL.stream().flatMap(t -> t.foreignKeys().stream())
        .mapToInt(k -> k.columns().size()).sum(), learned.foreignKeys().size(),
        "a row per foreign key column");

    // GenericTableBase.loadReferences: the same keys, seen from the referenced table.
    Set<LearnedSchema.ForeignKeyColumn> references = new HashSet<>();
    for (String table : learned.tables()) {
      try (ResultSet rows = metaData.getExportedKeys(null, "ccc", table)) {
        while (rows.next()) {
          assertEquals(table, rows.getString("PKTABLE_NAME"));
          references.add(foreignKeyColumn(rows));
        }
      }
    }
    assertEquals(Set.copyOf(learned.foreignKeys()), references);

    // IndexCache: all indexes of the schema, then per table.
    readIndexes(learned, metaData.getIndexInfo(null, "ccc", "%", false, true));
    for (String table : learned.tables()) {
      readIndexes(learned, metaData.getIndexInfo(null, "ccc", table, false, true));
    }

    // GenericMetaModel.loadProcedures: functions, then procedures.
    try (ResultSet rows = metaData.getFunctions(null, schema, "%")) {
      assertFalse(rows.next());
    }
    try (ResultSet rows = metaData.getProcedures(null, schema, "%")) {
      assertFalse(rows.next());
    }
  }

  @Test
  void openingATablesDataReadsItsRows() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(200);
      statement.setFetchSize(200);
      try (ResultSet rows = statement.executeQuery("SELECT * FROM ccc.numbers")) {
        assertEquals(8, rows.getMetaData().getColumnCount());
        int count = 0;
        while (rows.next()) {
          count++;
        }
        assertTrue(count > 0);
      }
    }
  }

  /** JDBCUtils.escapeWildCards: names go into pattern arguments with wildcards escaped. */
  private static String escape(String name, String escape) {
    return name.replace("_", escape + "_").replace("%", escape + "%");
  }

  private Map<String, Integer> dataTypes() throws SQLException {
    Map<String, Integer> types = new HashMap<>();
    try (ResultSet rows = metaData.getTypeInfo()) {
      while (rows.next()) {
        types.put(rows.getString("TYPE_NAME"), rows.getInt("DATA_TYPE"));
        for (String column : List.of("PRECISION", "LITERAL_PREFIX", "LITERAL_SUFFIX",
            "CREATE_PARAMS", "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE",
            "FIXED_PREC_SCALE", "AUTO_INCREMENT", "LOCAL_TYPE_NAME", "MINIMUM_SCALE",
            "MAXIMUM_SCALE", "NUM_PREC_RADIX")) {
          rows.getObject(column);
        }
      }
    }
    return types;
  }

  private static void readColumnAsDBeaverDoes(ResultSet rows) throws SQLException {
    rows.getInt("SOURCE_DATA_TYPE");
    assertTrue(rows.getLong("COLUMN_SIZE") > 0, "a size DBeaver can show");
    rows.getInt("DECIMAL_DIGITS");
    rows.getInt("NUM_PREC_RADIX");
    rows.getString("COLUMN_DEF");
    assertFalse(rows.getString("REMARKS").isBlank());
    rows.getLong("CHAR_OCTET_LENGTH");
    assertTrue(rows.getInt("ORDINAL_POSITION") > 0);
    assertEquals("NO", rows.getString("IS_AUTOINCREMENT"));
    assertEquals("NO", rows.getString("IS_GENERATEDCOLUMN"));
  }

  private static void readPrimaryKeys(LearnedSchema learned, ResultSet rows) throws SQLException {
    try (rows) {
      while (rows.next()) {
        learned.primaryKey(rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME"),
            rows.getInt("KEY_SEQ"), rows.getString("PK_NAME"));
      }
    }
  }

  private static void readForeignKeys(LearnedSchema learned, ResultSet rows) throws SQLException {
    try (rows) {
      while (rows.next()) {
        learned.foreignKey(foreignKeyColumn(rows));
        assertEquals(DatabaseMetaData.importedKeyNoAction, rows.getInt("UPDATE_RULE"));
        assertEquals(DatabaseMetaData.importedKeyNoAction, rows.getInt("DELETE_RULE"));
        assertEquals(DatabaseMetaData.importedKeyNotDeferrable, rows.getInt("DEFERRABILITY"));
      }
    }
  }

  private static LearnedSchema.ForeignKeyColumn foreignKeyColumn(ResultSet rows)
      throws SQLException {
    return new LearnedSchema.ForeignKeyColumn(rows.getString("FK_NAME"),
        rows.getString("FKTABLE_NAME"), rows.getString("FKCOLUMN_NAME"),
        rows.getString("PKTABLE_NAME"), rows.getString("PKCOLUMN_NAME"), rows.getInt("KEY_SEQ"),
        rows.getString("PK_NAME"));
  }

  /** An index's columns are its table's primary key, in order, and the index is unique. */
  private static void readIndexes(LearnedSchema learned, ResultSet rows) throws SQLException {
    Map<String, List<String>> indexColumns = new HashMap<>();
    Map<String, String> indexTables = new HashMap<>();
    try (rows) {
      while (rows.next()) {
        assertFalse(rows.getBoolean("NON_UNIQUE"));
        rows.getString("INDEX_QUALIFIER");
        rows.getLong("CARDINALITY");
        assertEquals(DatabaseMetaData.tableIndexOther, rows.getInt("TYPE"));
        rows.getString("ASC_OR_DESC");
        String index = rows.getString("INDEX_NAME");
        indexTables.put(index, rows.getString("TABLE_NAME"));
        indexColumns.computeIfAbsent(index, i -> new ArrayList<>())
            .add(rows.getInt("ORDINAL_POSITION") - 1, rows.getString("COLUMN_NAME"));
      }
    }
    assertFalse(indexColumns.isEmpty());
    indexColumns.forEach((index, columns) ->
        assertEquals(learned.primaryKey(indexTables.get(index)), columns, index));
  }
}
