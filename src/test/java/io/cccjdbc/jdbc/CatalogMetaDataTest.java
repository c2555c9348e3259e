package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schemas, tables, columns, keys and indexes as DatabaseMetaData reports them on the demo. */
class CatalogMetaDataTest {

  private static final List<String> TABLES_BY_NAME =
      CccTables.ALL.stream().map(TableDef::name).sorted().toList();

  private static final int KEY_COLUMNS =
      CccTables.ALL.stream().mapToInt(table -> table.primaryKey().size()).sum();

  private static final int FOREIGN_KEY_COLUMNS = CccTables.ALL.stream()
      .flatMap(table -> table.foreignKeys().stream()).mapToInt(key -> key.columns().size()).sum();

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
  void cccIsTheOnlySchemaAndTheInternalMetadataSchemaIsHidden() throws SQLException {
    assertEquals(List.of("ccc"), column(metaData.getSchemas(), "TABLE_SCHEM"));
    assertEquals(List.of("ccc"), column(metaData.getSchemas(null, "%"), "TABLE_SCHEM"));
    assertEquals(List.of("ccc"), column(metaData.getSchemas(null, "CCC"), "TABLE_SCHEM"));
    assertEquals(List.of(), column(metaData.getSchemas(null, "metadata"), "TABLE_SCHEM"));
    assertEquals(List.of(), column(metaData.getTables(null, "metadata", "%", null), "TABLE_NAME"));
    assertEquals(List.of(), column(metaData.getColumns(null, "metadata", "%", "%"), "COLUMN_NAME"));
    try (ResultSet schemas = metaData.getSchemas()) {
      assertTrue(schemas.next());
      assertNull(schemas.getString("TABLE_CATALOG"));
    }
  }

  @Test
  void thereAreNoCatalogsAndNothingClaimsOne() throws SQLException {
    assertEquals(List.of(), column(metaData.getCatalogs(), "TABLE_CAT"));
    List<String> tableCatalogs = new ArrayList<>();
    try (ResultSet tables = metaData.getTables(null, null, null, null)) {
      while (tables.next()) {
        tableCatalogs.add(tables.getString("TABLE_CAT"));
      }
    }
    assertEquals(TABLES_BY_NAME.size(), tableCatalogs.size());
    tableCatalogs.forEach(catalog -> assertNull(catalog));
    assertNull(connection.getCatalog());
    assertFalse(metaData.supportsCatalogsInDataManipulation());
    assertFalse(metaData.supportsCatalogsInTableDefinitions());
    assertFalse(metaData.supportsCatalogsInProcedureCalls());
    assertFalse(metaData.supportsCatalogsInIndexDefinitions());
    assertFalse(metaData.supportsCatalogsInPrivilegeDefinitions());
    assertTrue(metaData.supportsSchemasInDataManipulation());
  }

  @Test
  void settingACatalogIsIgnoredAsJdbcAsksOfDriversWithoutCatalogs() throws SQLException {
    try (Connection other = DriverManager.getConnection("jdbc:ccc:demo=true")) {
      other.setCatalog("anything");
      assertNull(other.getCatalog());
    }
  }

  @Test
  void tablesAreTheCatalogsWithTheirRemarksInNameOrder() throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet tables = metaData.getTables(null, "ccc", "%", null)) {
      while (tables.next()) {
        String name = tables.getString("TABLE_NAME");
        names.add(name);
        assertEquals("ccc", tables.getString("TABLE_SCHEM"));
        assertEquals("TABLE", tables.getString("TABLE_TYPE"));
        assertEquals(table(name).remark(), tables.getString("REMARKS"));
      }
    }
    assertEquals(TABLES_BY_NAME, names);
    assertTrue(table("numbers").remark().contains("(呼叫中心号码列表。)"));
  }

  @ParameterizedTest(name = "schema {0}, table {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "NULL | NULL | *",
      "% | % | *",
      "ccc | user% | user_skill_levels,users",
      "ccc | num% | number_skill_groups,numbers",
      "CCC | NUMBERS | numbers",
      "c_c | n_mbers | numbers",
      "ccc | number\\_skill\\_groups | number_skill_groups",
      "Ccc | Instances | instances",
      "ccc | num | ''",
      "metadata | % | ''",
      "'' | % | ''",
  })
  void tableNamePatternsWorkWithWildcardsEscapesAndAnyCase(String schema, String table,
      String expected) throws SQLException {
    List<String> want = expected.isEmpty() ? List.of()
        : expected.equals("*") ? TABLES_BY_NAME : List.of(expected.split(","));
    assertEquals(want, column(metaData.getTables(null, schema, table, null), "TABLE_NAME"));
    assertEquals(want, column(metaData.getTables("", schema, table, null), "TABLE_NAME"));
  }

  @Test
  void tableTypesAreJustTableAndFilterTheTables() throws SQLException {
    assertEquals(List.of("TABLE"), column(metaData.getTableTypes(), "TABLE_TYPE"));
    assertEquals(TABLES_BY_NAME, column(metaData.getTables(null, null, "%",
        new String[] {"TABLE"}), "TABLE_NAME"));
    assertEquals(TABLES_BY_NAME, column(metaData.getTables(null, null, "%",
        new String[] {"table", "VIEW"}), "TABLE_NAME"));
    assertEquals(0, column(metaData.getTables(null, null, "%", new String[] {"VIEW"}),
        "TABLE_NAME").size());
    assertEquals(0, column(metaData.getTables(null, null, "%", new String[0]),
        "TABLE_NAME").size());
  }

  @Test
  void columnsCarryTheBareTypeNameWithSizeNullabilityAndRemarkApart() throws SQLException {
    Map<String, Integer> typeInfoPrecision = typeInfoPrecisions();
    int rows = 0;
    try (ResultSet columns = metaData.getColumns(null, "ccc", "%", "%")) {
      String previousTable = "";
      int expectedPosition = 0;
      while (columns.next()) {
        rows++;
        String tableName = columns.getString("TABLE_NAME");
        if (!tableName.equals(previousTable)) {
          assertTrue(tableName.compareTo(previousTable) > 0, "tables in name order");
          previousTable = tableName;
          expectedPosition = 0;
        }
        expectedPosition++;
        TableDef table = table(tableName);
        ColumnDef column = table.columns().get(expectedPosition - 1);
        String where = tableName + "." + column.name();
        assertEquals(column.name(), columns.getString("COLUMN_NAME"), where);
        assertEquals(expectedPosition, columns.getInt("ORDINAL_POSITION"), where);
        assertEquals(column.type().getJdbcOrdinal(), columns.getInt("DATA_TYPE"), where);
        assertEquals(column.type().getName(), columns.getString("TYPE_NAME"), where);
        assertEquals(typeInfoPrecision.get(column.type().getName()),
            columns.getInt("COLUMN_SIZE"), where);
        assertEquals(column.nullable() ? DatabaseMetaData.columnNullable
            : DatabaseMetaData.columnNoNulls, columns.getInt("NULLABLE"), where);
        assertEquals(column.nullable() ? "YES" : "NO", columns.getString("IS_NULLABLE"), where);
        assertEquals(column.remark(), columns.getString("REMARKS"), where);
        assertEquals("NO", columns.getString("IS_AUTOINCREMENT"), where);
        assertEquals("NO", columns.getString("IS_GENERATEDCOLUMN"), where);
        assertNull(columns.getString("COLUMN_DEF"), where);
        assertNull(columns.getString("TABLE_CAT"), where);
      }
    }
    assertEquals(CccTables.ALL.stream().mapToInt(t -> t.columns().size()).sum(), rows);
  }

  @Test
  void numericColumnsHaveScaleAndRadixOthersLeaveThemNull() throws SQLException {
    try (ResultSet columns = metaData.getColumns(null, null, "number_skill_groups", "user_count")) {
      assertTrue(columns.next());
      assertEquals("INTEGER", columns.getString("TYPE_NAME"));
      assertEquals(10, columns.getInt("COLUMN_SIZE"));
      assertEquals(0, columns.getInt("DECIMAL_DIGITS"));
      assertFalse(columns.wasNull());
      assertEquals(10, columns.getInt("NUM_PREC_RADIX"));
      assertNull(columns.getObject("CHAR_OCTET_LENGTH"));
    }
    try (ResultSet columns = metaData.getColumns(null, null, "numbers", "ACTIVE")) {
      assertTrue(columns.next());
      assertEquals(Types.BOOLEAN, columns.getInt("DATA_TYPE"));
      assertEquals("BOOLEAN", columns.getString("TYPE_NAME"));
      assertEquals(0, columns.getInt("DECIMAL_DIGITS"));
      assertTrue(columns.wasNull());
      assertFalse(columns.next());
    }
    try (ResultSet columns = metaData.getColumns(null, null, "numbers", "city")) {
      assertTrue(columns.next());
      assertEquals(columns.getInt("COLUMN_SIZE"), columns.getInt("CHAR_OCTET_LENGTH"));
      assertNull(columns.getObject("NUM_PREC_RADIX"));
    }
  }

  @Test
  void columnsDescribeExactlyWhatAQueryOfTheTableReturns() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (TableDef table : CccTables.ALL) {
        try (ResultSet rows = statement.executeQuery(
                "SELECT * FROM ccc." + table.name() + " WHERE 1 <> 1");
            ResultSet columns = metaData.getColumns(null, "ccc", table.name(), null)) {
          ResultSetMetaData query = rows.getMetaData();
          for (int i = 1; i <= query.getColumnCount(); i++) {
            assertTrue(columns.next());
            String where = table.name() + "." + query.getColumnName(i);
            assertEquals(query.getColumnName(i), columns.getString("COLUMN_NAME"), where);
            assertEquals(query.getColumnType(i), columns.getInt("DATA_TYPE"), where);
            assertEquals(query.getColumnTypeName(i), columns.getString("TYPE_NAME"), where);
            assertEquals(query.isNullable(i), columns.getInt("NULLABLE"), where);
            assertEquals(query.getPrecision(i), columns.getInt("COLUMN_SIZE"), where);
            assertEquals(query.getScale(i), columns.getInt("DECIMAL_DIGITS"), where);
            assertTrue(query.getColumnDisplaySize(i) > 0, where);
          }
          assertFalse(columns.next(), table.name());
        }
      }
    }
  }

  @Test
  void primaryKeysComeFromTheCatalogOrderedByColumnName() throws SQLException {
    for (TableDef table : CccTables.ALL) {
      List<String> names = new ArrayList<>();
      try (ResultSet keys = metaData.getPrimaryKeys(null, "ccc", table.name())) {
        while (keys.next()) {
          String column = keys.getString("COLUMN_NAME");
          names.add(column);
          assertEquals(table.name(), keys.getString("TABLE_NAME"));
          assertEquals(table.primaryKey().indexOf(column) + 1, keys.getShort("KEY_SEQ"));
          assertEquals("pk_" + table.name(), keys.getString("PK_NAME"));
        }
      }
      assertEquals(table.primaryKey().stream().sorted().toList(), names, table.name());
    }
    assertEquals(KEY_COLUMNS,
        column(metaData.getPrimaryKeys(null, null, "%"), "COLUMN_NAME").size());
  }

  @Test
  void numberSkillGroupsImportTheTwoColumnKeyOfNumbers() throws SQLException {
    try (ResultSet keys = metaData.getImportedKeys(null, "ccc", "number_skill_groups")) {
      for (String column : List.of("instance_id", "number")) {
        assertTrue(keys.next());
        assertEquals("ccc", keys.getString("PKTABLE_SCHEM"));
        assertEquals("numbers", keys.getString("PKTABLE_NAME"));
        assertEquals(column, keys.getString("PKCOLUMN_NAME"));
        assertEquals("number_skill_groups", keys.getString("FKTABLE_NAME"));
        assertEquals(column, keys.getString("FKCOLUMN_NAME"));
        assertEquals(column.equals("number") ? 2 : 1, keys.getInt("KEY_SEQ"));
        assertEquals(DatabaseMetaData.importedKeyNoAction, keys.getInt("UPDATE_RULE"));
        assertEquals(DatabaseMetaData.importedKeyNoAction, keys.getInt("DELETE_RULE"));
        assertEquals("fk_number_skill_groups_numbers", keys.getString("FK_NAME"));
        assertEquals("pk_numbers", keys.getString("PK_NAME"));
        assertEquals(DatabaseMetaData.importedKeyNotDeferrable, keys.getInt("DEFERRABILITY"));
      }
      assertFalse(keys.next());
    }
  }

  @Test
  void adminsAndNumbersImportInstancesAndInstancesImportsNothing() throws SQLException {
    for (String table : List.of("admins", "numbers")) {
      try (ResultSet keys = metaData.getImportedKeys(null, null, table)) {
        assertTrue(keys.next());
        assertEquals("instances", keys.getString("PKTABLE_NAME"));
        assertEquals("instance_id", keys.getString("FKCOLUMN_NAME"));
        assertEquals("fk_" + table + "_instances", keys.getString("FK_NAME"));
        assertEquals("pk_instances", keys.getString("PK_NAME"));
        assertFalse(keys.next());
      }
    }
    assertEquals(List.of(), column(metaData.getImportedKeys(null, null, "instances"), "FK_NAME"));
    List<String> all = column(metaData.getImportedKeys(null, null, "%"), "FK_NAME");
    assertEquals(FOREIGN_KEY_COLUMNS, all.size());
    assertTrue(all.containsAll(List.of("fk_admins_instances", "fk_numbers_instances",
        "fk_number_skill_groups_numbers", "fk_users_instances",
        "fk_user_skill_levels_skill_groups", "fk_realtime_agent_states_users")), all.toString());
  }

  @Test
  void exportedKeysAreTheImportedKeysSeenFromTheReferencedTable() throws SQLException {
    assertEquals(CccTables.ALL.stream()
            .filter(t -> t.foreignKeys().stream()
                .anyMatch(k -> k.referencedTable().equals("instances")))
            .map(TableDef::name).sorted().toList(),
        column(metaData.getExportedKeys(null, "ccc", "instances"), "FKTABLE_NAME"));
    assertEquals(CccTables.ALL.stream()
            .flatMap(t -> t.foreignKeys().stream()
                .filter(k -> k.referencedTable().equals("users"))
                .flatMap(k -> k.columns().stream().map(c -> t.name())))
            .sorted().toList(),
        column(metaData.getExportedKeys(null, "ccc", "users"), "FKTABLE_NAME"));
    assertEquals(List.of("number_skill_groups", "number_skill_groups"),
        column(metaData.getExportedKeys(null, "ccc", "numbers"), "FKTABLE_NAME"));
    assertEquals(List.of(),
        column(metaData.getExportedKeys(null, "ccc", "admins"), "FKTABLE_NAME"));
  }

  @Test
  void crossReferenceNamesTheKeyBetweenTwoTables() throws SQLException {
    assertEquals(List.of("instance_id", "number"), column(
        metaData.getCrossReference(null, "ccc", "numbers", null, "ccc", "number_skill_groups"),
        "FKCOLUMN_NAME"));
    assertEquals(List.of("fk_admins_instances"), column(
        metaData.getCrossReference(null, null, "instances", null, null, "admins"), "FK_NAME"));
    assertEquals(List.of(), column(
        metaData.getCrossReference(null, null, "admins", null, null, "numbers"), "FK_NAME"));
  }

  @Test
  void eachPrimaryKeyIsAUniqueIndex() throws SQLException {
    try (ResultSet index = metaData.getIndexInfo(null, "ccc", "numbers", false, true)) {
      for (String column : List.of("instance_id", "number")) {
        assertTrue(index.next());
        assertEquals("numbers", index.getString("TABLE_NAME"));
        assertFalse(index.getBoolean("NON_UNIQUE"));
        assertEquals("pk_numbers", index.getString("INDEX_NAME"));
        assertEquals(DatabaseMetaData.tableIndexOther, index.getShort("TYPE"));
        assertEquals(column, index.getString("COLUMN_NAME"));
        assertEquals(column.equals("number") ? 2 : 1, index.getInt("ORDINAL_POSITION"));
      }
      assertFalse(index.next());
    }
    assertEquals(KEY_COLUMNS,
        column(metaData.getIndexInfo(null, null, "%", true, false), "COLUMN_NAME").size());
  }

  @Test
  void thereAreNoFunctionsOrProceduresInTheSchema() throws SQLException {
    assertEquals(List.of(), column(metaData.getFunctions(null, null, "%"), "FUNCTION_NAME"));
    assertEquals(List.of(), column(metaData.getFunctions(null, "ccc", null), "FUNCTION_NAME"));
    assertEquals(List.of(), column(metaData.getProcedures(null, null, "%"), "PROCEDURE_NAME"));
    assertEquals(List.of(),
        column(metaData.getFunctionColumns(null, null, "%", "%"), "COLUMN_NAME"));
    assertEquals(List.of(),
        column(metaData.getProcedureColumns(null, null, "%", "%"), "COLUMN_NAME"));
  }

  @Test
  void typeInfoListsEveryColumnType() throws SQLException {
    Map<String, Integer> dataTypes = new HashMap<>();
    try (ResultSet types = metaData.getTypeInfo()) {
      while (types.next()) {
        dataTypes.put(types.getString("TYPE_NAME"), types.getInt("DATA_TYPE"));
      }
    }
    for (TableDef table : CccTables.ALL) {
      for (ColumnDef column : table.columns()) {
        assertEquals(column.type().getJdbcOrdinal(), dataTypes.get(column.type().getName()),
            column.name());
      }
    }
  }

  @Test
  void typeInfoListsStandardTypesInDataTypeOrderEachOneSqlCanName() throws SQLException {
    List<Integer> order = new ArrayList<>();
    try (ResultSet types = metaData.getTypeInfo();
        Statement statement = connection.createStatement()) {
      while (types.next()) {
        String name = types.getString("TYPE_NAME");
        order.add(types.getInt("DATA_TYPE"));
        assertEquals(JDBCType.valueOf(name).getVendorTypeNumber(), types.getInt("DATA_TYPE"),
            name);
        statement.executeQuery("SELECT CAST(NULL AS " + name + ")").close();
      }
    }
    assertEquals(order.stream().sorted().toList(), order);
    assertTrue(order.containsAll(List.of(Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR)),
        order::toString);
  }

  @Test
  void aTimestampIsAsLongAsItsTextWithMilliseconds() throws SQLException {
    assertEquals("2026-11-29 14:22:55.123".length(), typeInfoPrecisions().get("TIMESTAMP"));
    try (ResultSet columns = metaData.getColumns(null, null, "call_detail_records", "start_time")) {
      assertTrue(columns.next());
      assertEquals(23, columns.getInt("COLUMN_SIZE"));
      assertEquals(3, columns.getInt("DECIMAL_DIGITS"));
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT TIMESTAMP '2026-11-29 14:22:55.123' AS t,"
            + " DATE '2026-11-29' AS d, 'abc' AS s")) {
      ResultSetMetaData columns = rows.getMetaData();
      assertEquals(23, columns.getPrecision(1));
      assertEquals(23, columns.getColumnDisplaySize(1));
      assertEquals(3, columns.getScale(1));
      assertEquals(10, columns.getColumnDisplaySize(2));
      assertEquals(3, columns.getColumnDisplaySize(3));
      assertTrue(rows.next());
      assertEquals(columns.getColumnDisplaySize(1), rows.getString(1).length());
    }
  }

  private static Map<String, Integer> typeInfoPrecisions() throws SQLException {
    Map<String, Integer> precisions = new HashMap<>();
    try (ResultSet types = metaData.getTypeInfo()) {
      while (types.next()) {
        precisions.put(types.getString("TYPE_NAME"), types.getInt("PRECISION"));
      }
    }
    return precisions;
  }

  private static TableDef table(String name) {
    return CccTables.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> column(ResultSet rows, String name) throws SQLException {
    List<String> values = new ArrayList<>();
    try (rows) {
      while (rows.next()) {
        values.add(rows.getString(name));
      }
    }
    return values;
  }
}
