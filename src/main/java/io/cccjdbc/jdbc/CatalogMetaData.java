package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.CccSchema;
import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.CccTypeSystem;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.ForeignKey;
import io.cccjdbc.calcite.TableDef;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The metadata of the tables, answered from the table catalog ({@link CccTables}) rather
 * than from Calcite, which has no remarks or keys and also lists its internal
 * {@code metadata} schema.
 *
 * <p>There is one schema, {@code ccc}, and no catalogs: TABLE_CAT is null everywhere and a
 * catalog argument narrows nothing (as in pgjdbc; tools pass whatever they were given).
 * Name arguments are {@link NamePattern}s. Rows come in the order the JDBC javadoc gives.
 */
final class CatalogMetaData {

  private static final String TABLE_TYPE = "TABLE";

  private static final Comparator<TableDef> BY_NAME = Comparator.comparing(TableDef::name);

  private final AvaticaConnection connection;

  CatalogMetaData(AvaticaConnection connection) {
    this.connection = connection;
  }

  ResultSet catalogs() throws SQLException {
    return MetaShape.CATALOGS.resultSet(connection, List.of());
  }

  ResultSet schemas(String schemaPattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    if (NamePattern.of(schemaPattern).matches(CccSchema.NAME)) {
      rows.add(new Object[] {CccSchema.NAME, null});
    }
    return MetaShape.SCHEMAS.resultSet(connection, rows);
  }

  ResultSet tableTypes() throws SQLException {
    List<Object[]> rows = List.<Object[]>of(new Object[] {TABLE_TYPE});
    return MetaShape.TABLE_TYPES.resultSet(connection, rows);
  }

  ResultSet tables(String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    boolean typeWanted = types == null
        || Arrays.stream(types).anyMatch(TABLE_TYPE::equalsIgnoreCase);
    List<Object[]> rows = new ArrayList<>();
    if (typeWanted) {
      matchingTables(schemaPattern, tablePattern).forEach(table -> rows.add(new Object[] {
          null, CccSchema.NAME, table.name(), TABLE_TYPE, table.remark(),
          null, null, null, null, null}));
    }
    return MetaShape.TABLES.resultSet(connection, rows);
  }

  ResultSet columns(String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    NamePattern columnNames = NamePattern.of(columnPattern);
    List<Object[]> rows = new ArrayList<>();
    matchingTables(schemaPattern, tablePattern).forEach(table -> {
      for (int i = 0; i < table.columns().size(); i++) {
        ColumnDef column = table.columns().get(i);
        if (columnNames.matches(column.name())) {
          rows.add(columnRow(table, column, i + 1));
        }
      }
    });
    return MetaShape.COLUMNS.resultSet(connection, rows);
  }

  /**
   * Sizes are the type system's maximum precisions, as {@code getTypeInfo} reports them: the
   * API documents no lengths, and Calcite's own answer (-1) makes tools show nonsense. A
   * timestamp's decimal digits are those of its fraction of a second.
   */
  private static Object[] columnRow(TableDef table, ColumnDef column, int position) {
    SqlTypeName type = column.type();
    int jdbcType = type.getJdbcOrdinal();
    int size = TypeSizes.size(jdbcType, CccTypeSystem.INSTANCE.getMaxPrecision(type));
    boolean numeric = SqlTypeName.INT_TYPES.contains(type);
    boolean text = SqlTypeName.CHAR_TYPES.contains(type);
    return new Object[] {
        null, CccSchema.NAME, table.name(), column.name(),
        jdbcType, type.getName(), size, null,
        TypeSizes.decimalDigits(jdbcType), numeric ? 10 : null,
        column.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
        column.remark(), null, null, null,
        text ? size : null, position, column.nullable() ? "YES" : "NO",
        null, null, null, null, "NO", "NO"};
  }

  ResultSet primaryKeys(String schemaPattern, String tablePattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    matchingTables(schemaPattern, tablePattern).forEach(table -> {
      List<String> key = table.primaryKey();
      key.stream().sorted().forEach(column -> rows.add(new Object[] {
          null, CccSchema.NAME, table.name(), column,
          (short) (key.indexOf(column) + 1), primaryKeyName(table.name())}));
    });
    return MetaShape.PRIMARY_KEYS.resultSet(connection, rows);
  }

  ResultSet importedKeys(String schemaPattern, String tablePattern) throws SQLException {
    return keys(matchingTables(schemaPattern, tablePattern), CccTables.ALL,
        ForeignKeyRow.BY_PRIMARY_TABLE);
  }

  ResultSet exportedKeys(String schemaPattern, String tablePattern) throws SQLException {
    return keys(CccTables.ALL, matchingTables(schemaPattern, tablePattern),
        ForeignKeyRow.BY_FOREIGN_TABLE);
  }

  ResultSet crossReference(String parentSchema, String parentTable, String foreignSchema,
      String foreignTable) throws SQLException {
    return keys(matchingTables(foreignSchema, foreignTable),
        matchingTables(parentSchema, parentTable), ForeignKeyRow.BY_FOREIGN_TABLE);
  }

  /** The foreign keys of {@code foreignTables} that refer to one of {@code parentTables}. */
  private ResultSet keys(List<TableDef> foreignTables, List<TableDef> parentTables,
      Comparator<ForeignKeyRow> order) throws SQLException {
    List<String> parents = parentTables.stream().map(TableDef::name).toList();
    List<ForeignKeyRow> keys = new ArrayList<>();
    for (TableDef table : foreignTables) {
      for (ForeignKey key : table.foreignKeys()) {
        if (parents.contains(key.referencedTable())) {
          for (int i = 0; i < key.columns().size(); i++) {
            keys.add(new ForeignKeyRow(table.name(), key, i));
          }
        }
      }
    }
    keys.sort(order);
    return MetaShape.KEYS.resultSet(connection,
        keys.stream().map(ForeignKeyRow::values).toList());
  }

  /**
   * One unique index per primary key: a lookup by a key's leading column, {@code instance_id},
   * is what the pushdown makes cheap.
   */
  ResultSet indexInfo(String schemaPattern, String tablePattern) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    matchingTables(schemaPattern, tablePattern).forEach(table -> {
      List<String> key = table.primaryKey();
      for (int i = 0; i < key.size(); i++) {
        rows.add(new Object[] {
            null, CccSchema.NAME, table.name(), false, null, primaryKeyName(table.name()),
            DatabaseMetaData.tableIndexOther, (short) (i + 1), key.get(i), null, null, null,
            null});
      }
    });
    return MetaShape.INDEX_INFO.resultSet(connection, rows);
  }

  /** The schema holds tables only; built-in functions are listed by getStringFunctions etc. */
  ResultSet functions() throws SQLException {
    return MetaShape.FUNCTIONS.resultSet(connection, List.of());
  }

  private static List<TableDef> matchingTables(String schemaPattern, String tablePattern) {
    if (!NamePattern.of(schemaPattern).matches(CccSchema.NAME)) {
      return List.of();
    }
    NamePattern names = NamePattern.of(tablePattern);
    return CccTables.ALL.stream().filter(table -> names.matches(table.name())).sorted(BY_NAME)
        .toList();
  }

  private static String primaryKeyName(String table) {
    return "pk_" + table;
  }

  private static String foreignKeyName(String table, ForeignKey key) {
    return "fk_" + table + "_" + key.referencedTable();
  }

  /** Column {@code index} of foreign key {@code key} of {@code table}. */
  private record ForeignKeyRow(String table, ForeignKey key, int index) {

    static final Comparator<ForeignKeyRow> BY_PRIMARY_TABLE =
        Comparator.comparing((ForeignKeyRow row) -> row.key.referencedTable())
            .thenComparing(ForeignKeyRow::table)
            .thenComparingInt(ForeignKeyRow::index);

    static final Comparator<ForeignKeyRow> BY_FOREIGN_TABLE =
        Comparator.comparing(ForeignKeyRow::table)
            .thenComparing((ForeignKeyRow row) -> row.key.referencedTable())
            .thenComparingInt(ForeignKeyRow::index);

    Object[] values() {
      return new Object[] {
          null, CccSchema.NAME, key.referencedTable(), key.referencedColumns().get(index),
          null, CccSchema.NAME, table, key.columns().get(index),
          (short) (index + 1),
          (short) DatabaseMetaData.importedKeyNoAction,
          (short) DatabaseMetaData.importedKeyNoAction,
          foreignKeyName(table, key), primaryKeyName(key.referencedTable()),
          (short) DatabaseMetaData.importedKeyNotDeferrable};
    }
  }
}
