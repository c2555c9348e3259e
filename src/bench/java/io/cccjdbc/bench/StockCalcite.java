package io.cccjdbc.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The baseline the driver's own overhead is measured against: stock Calcite, a
 * {@code jdbc:calcite:} connection with default settings, answering the same SQL over a copy of
 * the rows ccc-jdbc's tables return, held in memory as {@link ScannableTable}s. Calcite's
 * default lexical policy folds unquoted names to upper case, so the copies are named in upper
 * case and one SQL text reads the same rows on both.
 */
final class StockCalcite {

  private StockCalcite() {
  }

  /** A stock Calcite connection whose default schema holds a copy of each table's rows. */
  static Connection copyOf(Connection ccc, String... tables) throws SQLException {
    Map<String, Table> copies = new LinkedHashMap<>();
    for (String table : tables) {
      copies.put(table.toUpperCase(Locale.ROOT), copy(ccc, table));
    }
    Connection stock = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:",
        new Properties());
    CalciteConnection calcite = stock.unwrap(CalciteConnection.class);
    calcite.getRootSchema().add("CCC", new AbstractSchema() {
      @Override
      protected Map<String, Table> getTableMap() {
        return copies;
      }
    });
    calcite.setSchema("CCC");
    return stock;
  }

  private static Table copy(Connection ccc, String table) throws SQLException {
    try (Statement statement = ccc.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> names = new ArrayList<>();
      List<SqlTypeName> types = new ArrayList<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        names.add(meta.getColumnLabel(c).toUpperCase(Locale.ROOT));
        types.add(supported(table, meta.getColumnLabel(c), meta.getColumnType(c)));
      }
      List<Object[]> copied = new ArrayList<>();
      while (rows.next()) {
        Object[] row = new Object[names.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = rows.getObject(c + 1);
        }
        copied.add(row);
      }
      return new InMemoryTable(names, types, copied);
    }
  }

  /** Types whose JDBC value is also Calcite's internal value, so rows copy as they are read. */
  private static SqlTypeName supported(String table, String column, int jdbcType) {
    return switch (jdbcType) {
      case Types.VARCHAR -> SqlTypeName.VARCHAR;
      case Types.BOOLEAN -> SqlTypeName.BOOLEAN;
      case Types.INTEGER -> SqlTypeName.INTEGER;
      case Types.BIGINT -> SqlTypeName.BIGINT;
      case Types.DOUBLE -> SqlTypeName.DOUBLE;
      default -> throw new IllegalArgumentException(table + "." + column + " has JDBC type "
          + jdbcType + ", which the in-memory copy does not hold; copy another table");
    };
  }

  /** Rows held in memory, every column nullable as in the driver's tables. */
  private static final class InMemoryTable extends AbstractTable implements ScannableTable {

    private final List<String> names;
    private final List<SqlTypeName> types;
    private final List<Object[]> rows;

    InMemoryTable(List<String> names, List<SqlTypeName> types, List<Object[]> rows) {
      this.names = names;
      this.types = types;
      this.rows = rows;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
      RelDataTypeFactory.Builder row = typeFactory.builder();
      for (int c = 0; c < names.size(); c++) {
        row.add(names.get(c), typeFactory.createTypeWithNullability(
            typeFactory.createSqlType(types.get(c)), true));
      }
      return row.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      return Linq4j.asEnumerable(rows);
    }
  }
}
