package io.cccjdbc.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ResultSet.getObject(column, Class)}: a column's value as the Java type asked for, with
 * the conversions the JDBC specification's tables allow (numbers to any number type, text to
 * numbers, booleans and times, times to {@code java.time} types). A conversion that would lose
 * the value fails: a number beyond the target's range (22003), text that does not read as the
 * target (22018), a type that cannot become the target at all (22018). SQL NULL is null.
 *
 * <p>Times are read from their text, not through {@code java.sql.Date}, whose conversions
 * depend on the JVM's time zone. A TIMESTAMP is a wall-clock time of the connection's
 * {@code timeZone}, so read as {@code OffsetDateTime} or {@code Instant} it is that time there.
 */
final class ValueConversion {

  private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "on", "1");
  private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "off", "0");

  private final ResultSet rows;
  private final int column;
  private final Object value;
  private final ZoneId zone;

  private ValueConversion(ResultSet rows, int column, Object value, ZoneId zone) {
    this.rows = rows;
    this.column = column;
    this.value = value;
    this.zone = zone;
  }

  static <T> T convert(ResultSet rows, int column, Class<T> type, ZoneId zone)
      throws SQLException {
    if (type == null) {
      throw SqlState.INVALID_ARGUMENT.exception("getObject needs a class to convert to, not"
          + " null");
    }
    Object value = rows.getObject(column);
    if (value == null) {
      return null;
    }
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    return type.cast(new ValueConversion(rows, column, value, zone).to(type));
  }

  private Object to(Class<?> type) throws SQLException {
    if (type == String.class) {
      return rows.getString(column);
    }
    if (type == Boolean.class) {
      return bool();
    }
    if (type == Byte.class) {
      return (byte) integral(Byte.MIN_VALUE, Byte.MAX_VALUE, type);
    }
    if (type == Short.class) {
      return (short) integral(Short.MIN_VALUE, Short.MAX_VALUE, type);
    }
    if (type == Integer.class) {
      return (int) integral(Integer.MIN_VALUE, Integer.MAX_VALUE, type);
    }
    if (type == Long.class) {
      return integral(Long.MIN_VALUE, Long.MAX_VALUE, type);
    }
    if (type == Double.class) {
      return decimal(type).doubleValue();
    }
    if (type == Float.class) {
      return decimal(type).floatValue();
    }
    if (type == BigDecimal.class) {
      return decimal(type);
    }
    if (type == BigInteger.class) {
      return decimal(type).setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    }
    if (type == byte[].class) {
      return rows.getBytes(column);
    }
    if (type == java.sql.Date.class) {
      return rows.getDate(column);
    }
    if (type == java.sql.Time.class) {
      return rows.getTime(column);
    }
    if (type == java.sql.Timestamp.class) {
      return rows.getTimestamp(column);
    }
    return time(type);
  }

  private Object time(Class<?> type) throws SQLException {
    int sqlType = sqlType();
    boolean text = isText(sqlType);
    String written = rows.getString(column).strip();
    try {
      if (type == LocalDate.class && (sqlType == Types.DATE || text)) {
        return LocalDate.parse(written);
      }
      if (type == LocalDate.class && sqlType == Types.TIMESTAMP) {
        return localDateTime(written).toLocalDate();
      }
      if (type == LocalDateTime.class && sqlType == Types.DATE) {
        return LocalDate.parse(written).atStartOfDay();
      }
      if (type == LocalDateTime.class && (sqlType == Types.TIMESTAMP || text)) {
        return localDateTime(written);
      }
      if (type == LocalTime.class && (sqlType == Types.TIME || text)) {
        return LocalTime.parse(written);
      }
      if (type == LocalTime.class && sqlType == Types.TIMESTAMP) {
        return localDateTime(written).toLocalTime();
      }
      if (type == OffsetDateTime.class && text) {
        return OffsetDateTime.parse(written);
      }
      if (type == OffsetDateTime.class && sqlType == Types.TIMESTAMP) {
        return localDateTime(written).atZone(zone).toOffsetDateTime();
      }
      if (type == Instant.class && sqlType == Types.TIMESTAMP) {
        return localDateTime(written).atZone(zone).toInstant();
      }
      if (type == OffsetTime.class && sqlType == Types.TIME) {
        return LocalTime.parse(written).atOffset(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw unreadable(type, "is not a " + type.getSimpleName() + " in ISO form");
    }
    throw SqlState.DATA_CONVERSION.exception(describe() + " cannot be read as "
        + type.getName() + ". getObject(column, Class) converts to String, Boolean, Byte,"
        + " Short, Integer, Long, Float, Double, BigDecimal, BigInteger, byte[],"
        + " java.sql.Date, Time and Timestamp, and to LocalDate, LocalTime, LocalDateTime,"
        + " OffsetDateTime, OffsetTime and Instant where the column holds times.");
  }

  /** A TIMESTAMP's text ({@code 2024-05-06 07:08:09.123}) or ISO text, as a local time. */
  private static LocalDateTime localDateTime(String written) {
    return LocalDateTime.parse(written.replace(' ', 'T'));
  }

  private boolean bool() throws SQLException {
    if (value instanceof Number) {
      BigDecimal number = decimal(Boolean.class);
      if (number.compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
      if (number.signum() == 0) {
        return false;
      }
      throw unreadable(Boolean.class, "is neither 0 nor 1");
    }
    String text = rows.getString(column).strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(text)) {
      return true;
    }
    if (FALSE.contains(text)) {
      return false;
    }
    throw unreadable(Boolean.class, "is not a boolean (true, false, t, f, yes, no, on, off,"
        + " 1 or 0)");
  }

  /** The value truncated toward zero, as {@code getInt} of a fraction is. */
  private long integral(long min, long max, Class<?> type) throws SQLException {
    BigDecimal whole = decimal(type).setScale(0, RoundingMode.DOWN);
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0
        || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw SqlState.NUMERIC_OUT_OF_RANGE.exception(describe() + " holds " + whole
          + ", beyond the range of " + type.getName() + " (" + min + " to " + max + ")");
    }
    return whole.longValueExact();
  }

  private BigDecimal decimal(Class<?> type) throws SQLException {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw unreadable(type, "is not a finite number");
      }
      return BigDecimal.valueOf(number);
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (isText(sqlType())) {
      try {
        return new BigDecimal(rows.getString(column).strip());
      } catch (NumberFormatException e) {
        throw unreadable(type, "is not a number");
      }
    }
    throw SqlState.DATA_CONVERSION.exception(describe() + " cannot be read as "
        + type.getName());
  }

  private SQLException unreadable(Class<?> type, String problem) throws SQLException {
    return SqlState.DATA_CONVERSION.exception(describe() + " holds "
        + Messages.quote(rows.getString(column)) + ", which " + problem + ", so it cannot be"
        + " read as " + type.getName());
  }

  private String describe() throws SQLException {
    return "Column " + column + " (" + rows.getMetaData().getColumnLabel(column) + ", "
        + rows.getMetaData().getColumnTypeName(column) + ")";
  }

  private int sqlType() throws SQLException {
    return rows.getMetaData().getColumnType(column);
  }

  private static boolean isText(int sqlType) {
    return sqlType == Types.VARCHAR || sqlType == Types.CHAR || sqlType == Types.LONGVARCHAR
        || sqlType == Types.NVARCHAR || sqlType == Types.NCHAR;
  }
}
