package io.cccjdbc.pg;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A driver value as PostgreSQL's text output would write it, so that postgres_fdw's input
 * functions read back exactly the value the driver returned.
 */
final class TextValues {

  private TextValues() {
  }

  /** Column {@code index} of the current row, or null for SQL NULL. */
  static byte[] encode(ResultSet rows, int index, PgType type) throws SQLException {
    String text = switch (type) {
      case BOOL -> {
        boolean value = rows.getBoolean(index);
        yield rows.wasNull() ? null : value ? "t" : "f";
      }
      case INT2, INT4, INT8 -> {
        long value = rows.getLong(index);
        yield rows.wasNull() ? null : Long.toString(value);
      }
      case FLOAT4 -> {
        float value = rows.getFloat(index);
        yield rows.wasNull() ? null : floating(value);
      }
      case FLOAT8 -> {
        double value = rows.getDouble(index);
        yield rows.wasNull() ? null : floating(value);
      }
      case NUMERIC -> {
        BigDecimal value = rows.getBigDecimal(index);
        yield value == null ? null : value.toPlainString();
      }
      case BYTEA -> {
        byte[] value = rows.getBytes(index);
        yield value == null ? null : "\\x" + HexFormat.of().formatHex(value);
      }
      // Dates and times as the driver writes them in its time zone (UTC): ISO, as PostgreSQL.
      default -> rows.getString(index);
    };
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  /** Java writes the infinities as PostgreSQL does not; every finite value reads back exactly. */
  private static String floating(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return Double.toString(value);
  }

  private static String floating(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      return floating((double) value);
    }
    return Float.toString(value);
  }
}
