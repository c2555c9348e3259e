package io.cccjdbc.pg;

import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The PostgreSQL type of each SQL type a driver column may have. The foreign tables use these,
 * so PostgreSQL parses the text the endpoint sends back with the matching input function.
 */
public final class PgTypes {

  private PgTypes() {
  }

  /** The PostgreSQL type name for a catalog column type; fails for a type with no match. */
  public static String of(SqlTypeName type) {
    return switch (type) {
      case CHAR, VARCHAR -> "text";
      case BOOLEAN -> "boolean";
      case TINYINT, SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "real";
      case FLOAT, DOUBLE -> "double precision";
      case DECIMAL -> "numeric";
      case DATE -> "date";
      case TIME -> "time without time zone";
      case TIMESTAMP -> "timestamp without time zone";
      case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "timestamp with time zone";
      case BINARY, VARBINARY -> "bytea";
      default -> throw new IllegalArgumentException("no PostgreSQL type is mapped for the SQL type "
          + type + "; add it to " + PgTypes.class.getName());
    };
  }
}
