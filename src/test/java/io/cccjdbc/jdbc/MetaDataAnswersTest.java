package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cccjdbc.TestEmulator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What tools ask DatabaseMetaData besides the tables: dialect, product, and every method. */
class MetaDataAnswersTest {

  private static Connection connection;
  private static DatabaseMetaData metaData;

  @BeforeAll
  static void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true");
    metaData = connection.getMetaData();
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void productIsContactCenterAtItsApiVersionAndTheDriverAtItsMavenVersion()
      throws SQLException {
    assertEquals("Alibaba Cloud Contact Center", metaData.getDatabaseProductName());
    assertEquals("2020-07-01", metaData.getDatabaseProductVersion());
    assertEquals(2020, metaData.getDatabaseMajorVersion());
    assertEquals(7, metaData.getDatabaseMinorVersion());
    assertEquals("ccc-jdbc", metaData.getDriverName());
    assertEquals(DriverInfo.VERSION, metaData.getDriverVersion());
    assertTrue(DriverInfo.VERSION.matches("\\d+\\.\\d+\\.\\d+.*"), DriverInfo.VERSION);
    assertEquals(DriverInfo.MAJOR, metaData.getDriverMajorVersion());
    assertEquals(DriverInfo.MINOR, metaData.getDriverMinorVersion());
    assertEquals(metaData.getDriverMajorVersion(), new CccDriver().getMajorVersion());
  }

  @Test
  void theDatabaseIsReadOnly() throws SQLException {
    assertTrue(metaData.isReadOnly());
    assertTrue(connection.isReadOnly());
  }

  @Test
  void identifiersAreDoubleQuotedAndUnquotedOnesFoldToLowerCase() throws SQLException {
    assertEquals("\"", metaData.getIdentifierQuoteString());
    assertEquals("\\", metaData.getSearchStringEscape());
    assertTrue(metaData.storesLowerCaseIdentifiers());
    assertFalse(metaData.storesUpperCaseIdentifiers());
    assertFalse(metaData.storesMixedCaseIdentifiers());
    assertFalse(metaData.supportsMixedCaseIdentifiers());
    // Quoted names keep their case but still match any case, so they are not case-sensitive.
    assertTrue(metaData.storesMixedCaseQuotedIdentifiers());
    assertFalse(metaData.supportsMixedCaseQuotedIdentifiers());
    try (Statement statement = connection.createStatement()) {
      for (String name : List.of("NUMBERS", "\"NUMBERS\"", "\"numbers\"", "\"CCC\".\"Numbers\"")) {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + name + " WHERE 1 <> 1")) {
          assertEquals("numbers", rows.getMetaData().getTableName(1), name);
        }
      }
    }
  }

  @Test
  void sqlKeywordsAreTheNonStandardOnesCalciteReserves() throws SQLException {
    List<String> keywords = Arrays.asList(metaData.getSQLKeywords().split(","));
    assertTrue(keywords.contains("LIMIT"), keywords.toString());
    assertFalse(keywords.contains("SELECT"), "SQL:2003 keywords are left out");
    assertFalse(metaData.getStringFunctions().isEmpty());
    assertFalse(metaData.getNumericFunctions().isEmpty());
  }

  @Test
  void changesAreNeverVisibleOrDetectedSinceNothingIsWritten() throws SQLException {
    int type = ResultSet.TYPE_FORWARD_ONLY;
    assertFalse(metaData.ownUpdatesAreVisible(type));
    assertFalse(metaData.ownDeletesAreVisible(type));
    assertFalse(metaData.ownInsertsAreVisible(type));
    assertFalse(metaData.othersUpdatesAreVisible(type));
    assertFalse(metaData.othersDeletesAreVisible(type));
    assertFalse(metaData.othersInsertsAreVisible(type));
    assertFalse(metaData.updatesAreDetected(type));
    assertFalse(metaData.deletesAreDetected(type));
    assertFalse(metaData.insertsAreDetected(type));
    assertTrue(metaData.supportsResultSetHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT));
    assertTrue(metaData.supportsResultSetHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT));
    assertFalse(metaData.supportsResultSetHoldability(0));
  }

  /** SchemaCrawler calls every method without arguments this way and logs what throws. */
  @Test
  void everyMethodWithoutArgumentsAnswers() throws Exception {
    List<Method> methods = Arrays.stream(DatabaseMetaData.class.getMethods())
        .filter(m -> m.getParameterCount() == 0)
        .sorted(Comparator.comparing(Method::getName))
        .toList();
    for (Method method : methods) {
      Object answer;
      try {
        answer = method.invoke(metaData);
      } catch (InvocationTargetException e) {
        throw new AssertionError(method.getName() + " threw " + e.getCause(), e.getCause());
      }
      if (answer instanceof ResultSet rows) {
        try (rows) {
          while (rows.next()) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
              rows.getObject(i);
            }
          }
        }
      }
    }
  }

  @Test
  void metadataResultSetsHaveTheStandardColumnNamesAndTypes() throws SQLException {
    assertColumns(metaData.getCatalogs(), "TABLE_CAT VARCHAR");
    assertColumns(metaData.getSchemas(), "TABLE_SCHEM VARCHAR", "TABLE_CATALOG VARCHAR");
    assertColumns(metaData.getTableTypes(), "TABLE_TYPE VARCHAR");
    assertColumns(metaData.getTables(null, null, null, null), "TABLE_CAT VARCHAR",
        "TABLE_SCHEM VARCHAR", "TABLE_NAME VARCHAR", "TABLE_TYPE VARCHAR", "REMARKS VARCHAR",
        "TYPE_CAT VARCHAR", "TYPE_SCHEM VARCHAR", "TYPE_NAME VARCHAR",
        "SELF_REFERENCING_COL_NAME VARCHAR", "REF_GENERATION VARCHAR");
    assertColumns(metaData.getColumns(null, null, null, null), "TABLE_CAT VARCHAR",
        "TABLE_SCHEM VARCHAR", "TABLE_NAME VARCHAR", "COLUMN_NAME VARCHAR", "DATA_TYPE INTEGER",
        "TYPE_NAME VARCHAR", "COLUMN_SIZE INTEGER", "BUFFER_LENGTH INTEGER",
        "DECIMAL_DIGITS INTEGER", "NUM_PREC_RADIX INTEGER", "NULLABLE INTEGER",
        "REMARKS VARCHAR", "COLUMN_DEF VARCHAR", "SQL_DATA_TYPE INTEGER",
        "SQL_DATETIME_SUB INTEGER", "CHAR_OCTET_LENGTH INTEGER", "ORDINAL_POSITION INTEGER",
        "IS_NULLABLE VARCHAR", "SCOPE_CATALOG VARCHAR", "SCOPE_SCHEMA VARCHAR",
        "SCOPE_TABLE VARCHAR", "SOURCE_DATA_TYPE SMALLINT", "IS_AUTOINCREMENT VARCHAR",
        "IS_GENERATEDCOLUMN VARCHAR");
    assertColumns(metaData.getPrimaryKeys(null, null, "numbers"), "TABLE_CAT VARCHAR",
        "TABLE_SCHEM VARCHAR", "TABLE_NAME VARCHAR", "COLUMN_NAME VARCHAR", "KEY_SEQ SMALLINT",
        "PK_NAME VARCHAR");
    String[] keyColumns = {"PKTABLE_CAT VARCHAR", "PKTABLE_SCHEM VARCHAR",
        "PKTABLE_NAME VARCHAR", "PKCOLUMN_NAME VARCHAR", "FKTABLE_CAT VARCHAR",
        "FKTABLE_SCHEM VARCHAR", "FKTABLE_NAME VARCHAR", "FKCOLUMN_NAME VARCHAR",
        "KEY_SEQ SMALLINT", "UPDATE_RULE SMALLINT", "DELETE_RULE SMALLINT", "FK_NAME VARCHAR",
        "PK_NAME VARCHAR", "DEFERRABILITY SMALLINT"};
    assertColumns(metaData.getImportedKeys(null, null, "numbers"), keyColumns);
    assertColumns(metaData.getExportedKeys(null, null, "numbers"), keyColumns);
    assertColumns(metaData.getCrossReference(null, null, "numbers", null, null, "admins"),
        keyColumns);
    assertColumns(metaData.getIndexInfo(null, null, "numbers", false, true),
        "TABLE_CAT VARCHAR", "TABLE_SCHEM VARCHAR", "TABLE_NAME VARCHAR", "NON_UNIQUE BOOLEAN",
        "INDEX_QUALIFIER VARCHAR", "INDEX_NAME VARCHAR", "TYPE SMALLINT",
        "ORDINAL_POSITION SMALLINT", "COLUMN_NAME VARCHAR", "ASC_OR_DESC VARCHAR",
        "CARDINALITY BIGINT", "PAGES BIGINT", "FILTER_CONDITION VARCHAR");
    assertColumns(metaData.getFunctions(null, null, null), "FUNCTION_CAT VARCHAR",
        "FUNCTION_SCHEM VARCHAR", "FUNCTION_NAME VARCHAR", "REMARKS VARCHAR",
        "FUNCTION_TYPE SMALLINT", "SPECIFIC_NAME VARCHAR");
  }

  @Test
  void metadataValuesReadAsAnyFittingJavaType() throws SQLException {
    try (ResultSet keys = metaData.getImportedKeys(null, null, "number_skill_groups")) {
      keys.next();
      keys.next();
      assertEquals((short) 2, keys.getObject("KEY_SEQ"));
      assertEquals(2, keys.getInt("KEY_SEQ"));
      assertEquals(2L, keys.getLong("KEY_SEQ"));
      assertEquals("2", keys.getString("KEY_SEQ"));
      assertFalse(keys.wasNull());
      assertNull(keys.getString("PKTABLE_CAT"));
      assertTrue(keys.wasNull());
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, keys.getType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, keys.getConcurrency());
      assertNull(keys.getStatement(), "metadata result sets have no statement");
    }
  }

  @Test
  void aMetadataResultSetReadPastItsCloseFailsCleanly() throws SQLException {
    ResultSet schemas = metaData.getSchemas();
    schemas.close();
    assertTrue(schemas.isClosed());
    SQLException e = assertThrows(SQLException.class, schemas::next);
    assertFalse(e.getMessage().isEmpty());
  }

  @Test
  void catalogMetadataOfAClosedConnectionFailsAsAnSqlException() throws SQLException {
    Connection closed = DriverManager.getConnection("jdbc:ccc:demo=true");
    DatabaseMetaData closedMetaData = closed.getMetaData();
    closed.close();

    SQLException e = assertThrows(SQLException.class,
        () -> closedMetaData.getTables(null, null, "%", null));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void theUserNameNeverCarriesTheSecret() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection other = emulator.connect()) {
      String user = String.valueOf(other.getMetaData().getUserName());
      assertFalse(user.contains(TestEmulator.ACCESS_KEY_SECRET), user);
      assertFalse(other.getMetaData().getURL().contains(TestEmulator.ACCESS_KEY_SECRET));
    }
  }

  private static void assertColumns(ResultSet rows, String... expected) throws SQLException {
    try (rows) {
      ResultSetMetaData columns = rows.getMetaData();
      List<String> actual = new ArrayList<>();
      for (int i = 1; i <= columns.getColumnCount(); i++) {
        assertEquals(JDBCType.valueOf(columns.getColumnType(i)).getName(),
            columns.getColumnTypeName(i).toUpperCase(Locale.ROOT), columns.getColumnLabel(i));
        actual.add(columns.getColumnLabel(i) + " " + columns.getColumnTypeName(i));
      }
      if (!actual.equals(List.of(expected))) {
        fail("expected " + List.of(expected) + "\n but was " + actual);
      }
    }
  }
}
