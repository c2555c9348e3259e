package io.cccjdbc.calcite.tables;

import io.cccjdbc.api.ApiObject;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.Columns;
import io.cccjdbc.calcite.SourceRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One numeric field of a report's group ({@code Inbound}, {@code Outbound}, ...), which a
 * report table shows as the column {@code <group>_<field in snake case>}.
 *
 * @param kind whole numbers (counts, seconds) are BIGINT, decimals (rates as fractions,
 *     averages) DOUBLE, times (epoch milliseconds, 0 for none) TIMESTAMP
 */
record Metric(String field, Kind kind, String english, String chinese) {

  enum Kind {
    WHOLE, DECIMAL, TIME
  }

  /**
   * The columns of one group of a report: {@code group} is the object's field, and its name
   * in lower case the columns' prefix ({@code back2back_calls_dialed}).
   */
  static List<ColumnDef> columns(String group, List<Metric> metrics) {
    String prefix = group.toLowerCase(Locale.ROOT);
    return metrics.stream().map(metric -> metric.column(group, prefix)).toList();
  }

  private ColumnDef column(String group, String prefix) {
    String remark = english + " (" + chinese + ")";
    String name = prefix + "_" + snake(field);
    return switch (kind) {
      case WHOLE -> Columns.nested(name, SqlTypeName.BIGINT, group, field, remark);
      case DECIMAL -> Columns.nested(name, SqlTypeName.DOUBLE, group, field, remark);
      case TIME -> Columns.computed(name, SqlTypeName.TIMESTAMP, remark, time(group));
    };
  }

  /** Epoch milliseconds as a time; 0, which the API sends where there is none, is NULL. */
  private Function<SourceRow, Object> time(String group) {
    return row -> {
      ApiObject inner = row.last().object(group);
      Long millis = inner == null ? null : inner.bigint(field);
      return millis == null || millis == 0 ? null : Columns.wallClock(millis, row.zone());
    };
  }

  // Word boundaries: lower to upper case, an acronym's end, letters to trailing digits.
  // Compiled once, not per column: the catalog names hundreds of columns when a JVM's first
  // connection opens.
  private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern ACRONYM_END = Pattern.compile("([A-Z])([A-Z][a-z])");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("([a-zA-Z])([0-9]+)$");

  /** {@code AverageAbandonedInIVRTime} as {@code average_abandoned_in_ivr_time}. */
  static String snake(String camel) {
    String words = LOWER_UPPER.matcher(camel).replaceAll("$1_$2");
    words = ACRONYM_END.matcher(words).replaceAll("$1_$2");
    words = TRAILING_DIGITS.matcher(words).replaceAll("$1_$2");
    return words.toLowerCase(Locale.ROOT);
  }
}
