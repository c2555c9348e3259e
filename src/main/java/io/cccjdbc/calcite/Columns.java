package io.cccjdbc.calcite;

import static org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.ApiObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The ways a table declaration names its columns: most read one field of the object the row
 * stands for, in the form the column's SQL type needs.
 */
public final class Columns {

  /** The column every table has: it decides which instances a query fetches. */
  public static final String INSTANCE_ID = "instance_id";

  private Columns() {
  }

  /** {@code instance_id}, the instance the row belongs to. */
  public static ColumnDef instanceId() {
    return new ColumnDef(INSTANCE_ID, VARCHAR, false,
        "Contact center instance ID. (呼叫中心实例ID。)", SourceRow::instanceId);
  }

  /** A text column that identifies the row, read from the innermost object's {@code field}. */
  public static ColumnDef key(String name, String field, String remark) {
    return new ColumnDef(name, VARCHAR, false, remark, row -> row.last().string(field));
  }

  /** A text key read from the object at depth {@code level} (0: the answer's item). */
  public static ColumnDef key(String name, int level, String field, String remark) {
    return new ColumnDef(name, VARCHAR, false, remark, row -> row.at(level).string(field));
  }

  /** A text key that is the request's {@code parameter}: the API answers for that one item. */
  public static ColumnDef requestKey(String name, String parameter, String remark) {
    return new ColumnDef(name, VARCHAR, false, remark,
        row -> row.at(0).request().parameter(parameter));
  }

  /** A nullable column read from the innermost object's {@code field}. */
  public static ColumnDef column(String name, SqlTypeName type, String field, String remark) {
    Function<ApiObject, Object> read = reader(type, field);
    return new ColumnDef(name, type, true, remark, row -> read.apply(row.last()));
  }

  /** A nullable column read from the object at depth {@code level}. */
  public static ColumnDef column(String name, SqlTypeName type, int level, String field,
      String remark) {
    Function<ApiObject, Object> read = reader(type, field);
    return new ColumnDef(name, type, true, remark, row -> read.apply(row.at(level)));
  }

  /** A nullable column read from a field of an object nested in the innermost one. */
  public static ColumnDef nested(String name, SqlTypeName type, String object, String field,
      String remark) {
    Function<ApiObject, Object> read = reader(type, field);
    return new ColumnDef(name, type, true, remark, row -> {
      ApiObject inner = row.last().object(object);
      return inner == null ? null : read.apply(inner);
    });
  }

  /** A text column holding a list field's values joined with commas; NULL if absent. */
  public static ColumnDef joined(String name, String field, String remark) {
    return new ColumnDef(name, VARCHAR, true, remark, row -> {
      ApiObject object = row.last();
      if (!object.has(field)) {
        return null;
      }
      List<String> values = object.strings(field);
      return String.join(",", values);
    });
  }

  /**
   * A TIMESTAMP column from text such as {@code 2021-03-05 17:35:45.0}, keeping the wall-clock
   * value as written (the API says nothing of its zone).
   */
  public static ColumnDef writtenDateTime(String name, String field, String remark) {
    return new ColumnDef(name, TIMESTAMP, true, remark, row -> {
      LocalDateTime value = row.last().dateTime(field);
      return value == null ? null : value.toInstant(ZoneOffset.UTC).toEpochMilli();
    });
  }

  /**
   * A TIMESTAMP column from epoch milliseconds (a number or its digits), shown as the wall-clock
   * time of the connection's {@code timeZone}.
   */
  public static ColumnDef epochTime(String name, String field, String remark) {
    return new ColumnDef(name, TIMESTAMP, true, remark,
        row -> wallClock(row.last().bigint(field), row.zone()));
  }

  /** Epoch milliseconds as Calcite holds a TIMESTAMP: the wall-clock time in the zone. */
  public static Long wallClock(Long epochMillis, ZoneId zone) {
    if (epochMillis == null) {
      return null;
    }
    LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    return local.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** A column worked out from the row's objects. */
  public static ColumnDef computed(String name, SqlTypeName type, String remark,
      Function<SourceRow, Object> value) {
    return new ColumnDef(name, type, true, remark, value);
  }

  /** How a field is read for a column of {@code type}. */
  public static Function<ApiObject, Object> reader(SqlTypeName type, String field) {
    return switch (type) {
      case VARCHAR -> object -> object.string(field);
      case BOOLEAN -> object -> object.bool(field);
      case INTEGER -> object -> object.integer(field);
      case BIGINT -> object -> object.bigint(field);
      case DOUBLE -> object -> object.decimal(field);
      default -> throw new IllegalArgumentException("no reader for " + type + " columns");
    };
  }
}
