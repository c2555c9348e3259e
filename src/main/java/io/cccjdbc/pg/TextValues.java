package io.cccjdbc.pg;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A driver value as PostgreSQL's text output would write it, so that postgres_fdw's input
 * functions read back exactly the value the driver returned.
 */
final class TextValues {

  /**
   * The driver's times are UTC wall-clock times (its time zone setting); read with a UTC
   * calendar, whole, and written with every fractional digit they have, as PostgreSQL would.
   */
  private static final DateTimeFormatter TIME_TEXT = new DateTimeFormatterBuilder()
      .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true)
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter TIMESTAMP_TEXT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd ").append(TIME_TEXT).toFormatter(Locale.ROOT);

  private TextValues() {
  }

  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
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
      case TIMESTAMP -> {
        Timestamp value = rows.getTimestamp(index, utc());
        yield value == null ? null
            : LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC).format(TIMESTAMP_TEXT);
      }
      case TIME -> {
        Time value = rows.getTime(index, utc());
        yield value == null ? null : LocalTime.ofInstant(Instant.ofEpochMilli(value.getTime()),
            ZoneOffset.UTC).format(TIME_TEXT);
      }
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
