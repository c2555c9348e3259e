package io.cccjdbc.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * What a prepared statement's parameters take, and a bound value converted to it. The compiled
 * query reads each parameter as its SQL type's Java class, so a {@code long} bound where an
 * INTEGER is expected, or a string where a BOOLEAN is, would fail deep inside it with a bare
 * ClassCastException (or, for a date compared with a number, silently match nothing). Values are
 * converted here as JDBC's {@code setObject} table allows, exactly (a long that does not fit an
 * INTEGER fails, 22003, never wraps); what cannot be converted fails with a message that names
 * the parameter and both types.
 */
final class ParameterBinding {

  private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "on", "1");
  private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "off", "0");

  private final int[] types;
  private final String[] typeNames;
  private final ZoneId zone;

  private ParameterBinding(int[] types, String[] typeNames, ZoneId zone) {
    this.types = types;
    this.typeNames = typeNames;
    this.zone = zone;
  }

  /** @param zone the connection's {@code timeZone}, whose wall clock times are in */
  static ParameterBinding of(ParameterMetaData parameters, ZoneId zone) throws SQLException {
    int count = parameters.getParameterCount();
    int[] types = new int[count];
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      types[i] = parameters.getParameterType(i + 1);
      names[i] = parameters.getParameterTypeName(i + 1);
    }
    return new ParameterBinding(types, names, zone);
  }

  /**
   * {@code value} as parameter {@code index} takes it; the value itself where the index is out
   * of range (binding it then fails as such) or the parameter's type is one Calcite converts.
   */
  Object convert(int index, Object value) throws SQLException {
    if (value == null || index < 1 || index > types.length) {
      return value;
    }
    int type = types[index - 1];
    return switch (type) {
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR ->
          text(index, value);
      case Types.TINYINT -> (byte) integral(index, value, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case Types.SMALLINT -> (short) integral(index, value, Short.MIN_VALUE, Short.MAX_VALUE);
      case Types.INTEGER -> (int) integral(index, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case Types.BIGINT -> integral(index, value, Long.MIN_VALUE, Long.MAX_VALUE);
      case Types.DECIMAL, Types.NUMERIC -> decimal(index, value);
      case Types.DOUBLE, Types.FLOAT -> decimal(index, value).doubleValue();
      case Types.REAL -> decimal(index, value).floatValue();
      case Types.BOOLEAN, Types.BIT -> bool(index, value);
      case Types.DATE, Types.TIME, Types.TIMESTAMP -> time(index, value, type);
      default -> value;
    };
  }

  private Object text(int index, Object value) throws SQLException {
    if (value instanceof String || value instanceof Character || value instanceof Boolean
        || value instanceof Number && !(value instanceof BigDecimal)
        || value instanceof java.util.Date || value instanceof java.time.temporal.Temporal) {
      return value.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    throw wrongType(index, value);
  }

  private long integral(int index, Object value, long min, long max) throws SQLException {
    BigDecimal number = decimal(index, value);
    BigDecimal whole;
    try {
      whole = number.setScale(0, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw SqlState.DATA_CONVERSION.exception(describe(index) + " takes whole numbers, not "
          + number.toPlainString());
    }
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0
        || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw SqlState.NUMERIC_OUT_OF_RANGE.exception(describe(index) + " takes " + min + " to "
          + max + ", not " + whole.toPlainString());
    }
    return whole.longValueExact();
  }

  private BigDecimal decimal(int index, Object value) throws SQLException {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw SqlState.DATA_CONVERSION.exception(describe(index) + " takes finite numbers, not "
            + number);
      }
      return BigDecimal.valueOf(number);
    }
    if (value instanceof java.math.BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        throw SqlState.DATA_CONVERSION.exception(describe(index) + " takes numbers, and "
            + Messages.quote(text) + " is not one");
      }
    }
    throw wrongType(index, value);
  }

  private Boolean bool(int index, Object value) throws SQLException {
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof Number) {
      BigDecimal number = decimal(index, value);
      if (number.signum() == 0 || number.compareTo(BigDecimal.ONE) == 0) {
        return number.signum() != 0;
      }
    } else if (value instanceof String text) {
      String word = text.strip().toLowerCase(Locale.ROOT);
      if (TRUE.contains(word) || FALSE.contains(word)) {
        return TRUE.contains(word);
      }
    } else {
      throw wrongType(index, value);
    }
    throw SqlState.DATA_CONVERSION.exception(describe(index) + " takes true or false (or 1, 0,"
        + " 't', 'f', 'yes', 'no', 'on', 'off'), not " + Messages.quote(value.toString()));
  }

  /**
   * {@code java.time} values as the {@code java.sql} values Calcite reads: Calcite turns those
   * into wall-clock values of the connection's time zone, so they are built in that zone and
   * a local date or time keeps its value. An offset date-time is an instant, read in the zone.
   */
  private Object time(int index, Object value, int type) throws SQLException {
    if (value instanceof java.util.Date || value instanceof String) {
      return value;
    }
    if (value instanceof OffsetDateTime offset) {
      value = offset.atZoneSameInstant(zone).toLocalDateTime();
    }
    if (type == Types.DATE && value instanceof LocalDate date) {
      return new java.sql.Date(date.atStartOfDay(zone).toInstant().toEpochMilli());
    }
    if (type == Types.TIMESTAMP && value instanceof LocalDate date) {
      value = date.atStartOfDay();
    }
    if (type == Types.TIMESTAMP && value instanceof LocalDateTime dateTime) {
      java.sql.Timestamp timestamp =
          java.sql.Timestamp.from(dateTime.atZone(zone).toInstant());
      timestamp.setNanos(dateTime.getNano());
      return timestamp;
    }
    if (type == Types.TIME && value instanceof LocalTime time) {
      return new java.sql.Time(LocalDate.EPOCH.atTime(time).atZone(zone).toInstant()
          .toEpochMilli());
    }
    throw wrongType(index, value);
  }

  private String describe(int index) {
    return "Parameter " + index + " (" + typeNames[index - 1] + ")";
  }

  private SQLException wrongType(int index, Object value) {
    return SqlState.PARAMETER_TYPE.exception(describe(index) + " cannot take a value of type "
        + value.getClass().getName() + "; bind it with the setter of its type (see"
        + " getParameterMetaData)");
  }
}
