package io.cccjdbc.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaResultSetMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.util.ArrayIteratorCursor;

/**
 * The columns of each {@link DatabaseMetaData} result set the driver builds itself, named and
 * typed as the JDBC javadoc lists them (tools read these columns by name), and how rows become
 * a result set.
 *
 * <p>The result set is Avatica's own, over the rows in memory: the same class, getters and
 * conversions as every other result set of the driver, so {@code getInt} on a SMALLINT column
 * or {@code getString} on a number behave as they do for a query.
 */
enum MetaShape {

  CATALOGS(text("TABLE_CAT")),

  SCHEMAS(text("TABLE_SCHEM"), text("TABLE_CATALOG")),

  TABLE_TYPES(text("TABLE_TYPE")),

  TABLES(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), text("TABLE_TYPE"),
      text("REMARKS"), text("TYPE_CAT"), text("TYPE_SCHEM"), text("TYPE_NAME"),
      text("SELF_REFERENCING_COL_NAME"), text("REF_GENERATION")),

  COLUMNS(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
      integer("DATA_TYPE"), text("TYPE_NAME"), integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"),
      integer("DECIMAL_DIGITS"), integer("NUM_PREC_RADIX"), integer("NULLABLE"), text("REMARKS"),
      text("COLUMN_DEF"), integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"),
      integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), text("IS_NULLABLE"),
      text("SCOPE_CATALOG"), text("SCOPE_SCHEMA"), text("SCOPE_TABLE"),
      small("SOURCE_DATA_TYPE"), text("IS_AUTOINCREMENT"), text("IS_GENERATEDCOLUMN")),

  PRIMARY_KEYS(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), text("COLUMN_NAME"),
      small("KEY_SEQ"), text("PK_NAME")),

  /** Imported keys, exported keys and cross references share these columns. */
  KEYS(text("PKTABLE_CAT"), text("PKTABLE_SCHEM"), text("PKTABLE_NAME"), text("PKCOLUMN_NAME"),
      text("FKTABLE_CAT"), text("FKTABLE_SCHEM"), text("FKTABLE_NAME"), text("FKCOLUMN_NAME"),
      small("KEY_SEQ"), small("UPDATE_RULE"), small("DELETE_RULE"), text("FK_NAME"),
      text("PK_NAME"), small("DEFERRABILITY")),

  INDEX_INFO(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"), bool("NON_UNIQUE"),
      text("INDEX_QUALIFIER"), text("INDEX_NAME"), small("TYPE"), small("ORDINAL_POSITION"),
      text("COLUMN_NAME"), text("ASC_OR_DESC"), bigint("CARDINALITY"), bigint("PAGES"),
      text("FILTER_CONDITION")),

  TYPE_INFO(text("TYPE_NAME"), integer("DATA_TYPE"), integer("PRECISION"),
      text("LITERAL_PREFIX"), text("LITERAL_SUFFIX"), text("CREATE_PARAMS"), small("NULLABLE"),
      bool("CASE_SENSITIVE"), small("SEARCHABLE"), bool("UNSIGNED_ATTRIBUTE"),
      bool("FIXED_PREC_SCALE"), bool("AUTO_INCREMENT"), text("LOCAL_TYPE_NAME"),
      small("MINIMUM_SCALE"), small("MAXIMUM_SCALE"), integer("SQL_DATA_TYPE"),
      integer("SQL_DATETIME_SUB"), integer("NUM_PREC_RADIX")),

  FUNCTIONS(text("FUNCTION_CAT"), text("FUNCTION_SCHEM"), text("FUNCTION_NAME"), text("REMARKS"),
      small("FUNCTION_TYPE"), text("SPECIFIC_NAME"));

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private final List<ColumnMetaData> columns;

  MetaShape(Column... columns) {
    List<ColumnMetaData> metaData = new ArrayList<>();
    for (Column column : columns) {
      metaData.add(column.metaData(metaData.size()));
    }
    this.columns = List.copyOf(metaData);
  }

  /**
   * A forward-only result set of these rows; each row holds one value per column, of the
   * column's Java type (String, Short, Integer, Long, Boolean) or null.
   */
  ResultSet resultSet(AvaticaConnection connection, List<Object[]> rows) throws SQLException {
    for (Object[] row : rows) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(name() + " rows have " + columns.size()
            + " values, not " + row.length);
      }
    }
    Meta.Signature signature = new Meta.Signature(columns, "", List.of(), Map.of(),
        Meta.CursorFactory.ARRAY, Meta.StatementType.SELECT);
    // A statement of its own, as Calcite gives its metadata result sets: it supplies the
    // result set's type, concurrency and holdability, and closes with the result set.
    AvaticaStatement statement = connection.createStatement();
    statement.closeOnCompletion();
    AvaticaResultSet resultSet = new AvaticaResultSet(statement, null, signature,
        new AvaticaResultSetMetaData(statement, null, signature), UTC, null);
    return resultSet.execute2(new ArrayIteratorCursor(rows.iterator()), columns);
  }

  private static Column text(String name) {
    return new Column(name, Types.VARCHAR, ColumnMetaData.Rep.STRING);
  }

  private static Column small(String name) {
    return new Column(name, Types.SMALLINT, ColumnMetaData.Rep.SHORT);
  }

  private static Column integer(String name) {
    return new Column(name, Types.INTEGER, ColumnMetaData.Rep.INTEGER);
  }

  private static Column bigint(String name) {
    return new Column(name, Types.BIGINT, ColumnMetaData.Rep.LONG);
  }

  private static Column bool(String name) {
    return new Column(name, Types.BOOLEAN, ColumnMetaData.Rep.BOOLEAN);
  }

  private record Column(String name, int type, ColumnMetaData.Rep rep) {
    ColumnMetaData metaData(int index) {
      return MetaImpl.columnMetaData(name, index,
          ColumnMetaData.scalar(type, JDBCType.valueOf(type).getName(), rep),
          DatabaseMetaData.columnNullable);
    }
  }
}
