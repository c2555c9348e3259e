package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.CccTypeSystem;
import java.sql.Types;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Sizes as the JDBC javadoc defines them, where Calcite's differ. A date or time's size is the
 * length of its text ({@code yyyy-MM-dd HH:mm:ss.SSS} is 23 characters), where Calcite gives
 * the digits of its fraction (3), which tools take for a column width and cut values to; text
 * of no declared length is as long as the longest the engine types, where Calcite says 0 or -1.
 */
final class TypeSizes {

  /** Characters of {@code yyyy-MM-dd}, {@code HH:mm:ss} and both with a space between. */
  private static final int DATE_LENGTH = 10;
  private static final int TIME_LENGTH = 8;
  private static final int TIMESTAMP_LENGTH = 19;

  private TypeSizes() {
  }

  static boolean isDateTime(int jdbcType) {
    return jdbcType == Types.DATE || jdbcType == Types.TIME || jdbcType == Types.TIMESTAMP;
  }

  /** A time or timestamp: a type with a fraction of a second. */
  static boolean hasFraction(int jdbcType) {
    return jdbcType == Types.TIME || jdbcType == Types.TIMESTAMP;
  }

  static boolean isText(int jdbcType) {
    return jdbcType == Types.CHAR || jdbcType == Types.VARCHAR;
  }

  /**
   * The size of a value of this type: the precision of a number, the length of a text, the
   * length of a date or time written out with {@code precision} digits of a second.
   */
  static int size(int jdbcType, int precision) {
    if (jdbcType == Types.DATE) {
      return DATE_LENGTH;
    }
    if (hasFraction(jdbcType)) {
      int whole = jdbcType == Types.TIME ? TIME_LENGTH : TIMESTAMP_LENGTH;
      return precision > 0 ? whole + 1 + precision : whole;
    }
    if (isText(jdbcType) && precision <= 0) {
      return CccTypeSystem.INSTANCE.getMaxPrecision(SqlTypeName.VARCHAR);
    }
    return precision;
  }

  /** Digits after the point: none for an integer, a time's fraction; null where none apply. */
  static Integer decimalDigits(int jdbcType) {
    if (hasFraction(jdbcType)) {
      return fractionDigits();
    }
    return switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> 0;
      default -> null;
    };
  }

  /** The digits of a second's fraction the engine keeps in a time or timestamp. */
  static int fractionDigits() {
    return CccTypeSystem.INSTANCE.getMaxPrecision(SqlTypeName.TIMESTAMP);
  }
}
