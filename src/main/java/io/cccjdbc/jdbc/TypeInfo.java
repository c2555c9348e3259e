package io.cccjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.AvaticaConnection;

/**
 * {@code getTypeInfo}: the types a query can name and its columns have, one row each, ordered by
 * {@code DATA_TYPE} as the JDBC javadoc asks. Calcite's list also holds its internal types
 * (unsigned integers under the JDBC codes of wider types, {@code TIME_TZ}, {@code CURSOR},
 * {@code GEOMETRY}, ...) in its own order, so a tool that maps a JDBC code to the first or last
 * name it lists would call a BIGINT column {@code UINTEGER}; and it gives a date's or time's
 * precision in digits of a fraction, where JDBC asks for the length of its text.
 */
final class TypeInfo {

  private static final Set<String> STANDARD = Set.of("BOOLEAN", "TINYINT", "SMALLINT",
      "INTEGER", "BIGINT", "DECIMAL", "FLOAT", "REAL", "DOUBLE", "DATE", "TIME", "TIMESTAMP",
      "CHAR", "VARCHAR", "BINARY", "VARBINARY");

  private static final int TYPE_NAME = 0;
  private static final int DATA_TYPE = 1;
  private static final int PRECISION = 2;
  private static final int MAXIMUM_SCALE = 14;

  private TypeInfo() {
  }

  static ResultSet rows(AvaticaConnection connection) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (ResultSet calcite = connection.getMetaData().getTypeInfo()) {
      ResultSetMetaData columns = calcite.getMetaData();
      while (calcite.next()) {
        if (!STANDARD.contains(calcite.getString(TYPE_NAME + 1))) {
          continue;
        }
        Object[] row = new Object[columns.getColumnCount()];
        for (int i = 0; i < row.length; i++) {
          row[i] = calcite.getObject(i + 1);
        }
        int type = (Integer) row[DATA_TYPE];
        if (TypeSizes.hasFraction(type)) {
          row[PRECISION] = TypeSizes.size(type, TypeSizes.fractionDigits());
          row[MAXIMUM_SCALE] = (short) TypeSizes.fractionDigits();
        } else {
          row[PRECISION] = TypeSizes.size(type, (Integer) row[PRECISION]);
        }
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparingInt(row -> (Integer) row[DATA_TYPE]));
    return MetaShape.TYPE_INFO.resultSet(connection, rows);
  }
}
