package io.cccjdbc.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A result set in a form two databases can agree on: lower-cased column labels, and each
 * value as text that keeps its kind apart ({@code 'true'} the string, {@code TRUE} the
 * boolean, {@code NULL}, {@code 'NULL'}) and its exact characters, trailing spaces included.
 * Numbers are compared by value, not Java type, since the driver and H2 may type a result
 * differently (H2's CHAR_LENGTH is a BIGINT, the driver's an INTEGER).
 */
record CanonicalRows(List<String> labels, List<List<String>> rows) {

  /** Enough digits to tell apart any two averages the data sets can produce. */
  private static final int DECIMAL_SCALE = 6;

  static CanonicalRows read(ResultSet resultSet) throws SQLException {
    return read(resultSet, ZoneId.systemDefault());
  }

  /**
   * @param wallClockZone the zone whose wall clock a TIMESTAMP's instant is shown in: the
   *     driver's {@code timeZone}; the JVM's for H2, which keeps wall-clock values
   */
  static CanonicalRows read(ResultSet resultSet, ZoneId wallClockZone) throws SQLException {
    try (resultSet) {
      ResultSetMetaData meta = resultSet.getMetaData();
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
      }
      List<List<String>> rows = new ArrayList<>();
      while (resultSet.next()) {
        List<String> row = new ArrayList<>(labels.size());
        for (int i = 1; i <= labels.size(); i++) {
          Object value = resultSet.getObject(i);
          row.add(value instanceof Timestamp timestamp
              ? "TIMESTAMP " + LocalDateTime.ofInstant(timestamp.toInstant(), wallClockZone)
              : canonical(value));
        }
        rows.add(row);
      }
      return new CanonicalRows(labels, rows);
    }
  }

  /** The same rows under other labels. */
  CanonicalRows withLabels(List<String> newLabels) {
    return new CanonicalRows(List.copyOf(newLabels), rows);
  }

  /** The same rows in a fixed order, for comparing results whose order SQL leaves open. */
  CanonicalRows sorted() {
    List<List<String>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(List::toString));
    return new CanonicalRows(labels, copy);
  }

  /** One row a line, so a failure shows both sides in full and a diff lines them up. */
  String describe() {
    StringBuilder text = new StringBuilder("columns ").append(labels).append('\n');
    rows.forEach(row -> text.append("  ").append(row).append('\n'));
    return text.append("(").append(rows.size()).append(" rows)").toString();
  }

  static String canonical(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    if (value instanceof Number number) {
      return number(number);
    }
    return value.getClass().getSimpleName() + " " + value;
  }

  /**
   * Values rounded to a fixed scale, then written without trailing zeros, so that an integral
   * value is an integer whatever its type, and a DOUBLE that floating point left a hair away
   * from one (H2's variance of 3.9999999999999996) reads as the same integer.
   */
  private static String number(Number number) {
    BigDecimal decimal;
    if (number instanceof BigDecimal exact) {
      decimal = exact;
    } else if (number instanceof BigInteger big) {
      decimal = new BigDecimal(big);
    } else if (number instanceof Double || number instanceof Float) {
      decimal = new BigDecimal(number.toString());
    } else {
      decimal = BigDecimal.valueOf(number.longValue());
    }
    BigDecimal rounded = decimal.setScale(DECIMAL_SCALE, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
  }
}
