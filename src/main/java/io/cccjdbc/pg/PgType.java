package io.cccjdbc.pg;

import java.sql.Types;

/**
 * The PostgreSQL types the endpoint sends results as, with their OIDs and lengths from
 * PostgreSQL's catalog ({@code pg_type}), and which JDBC type each stands for.
 */
enum PgType {
  BOOL(16, 1),
  BYTEA(17, -1),
  INT8(20, 8),
  INT2(21, 2),
  INT4(23, 4),
  TEXT(25, -1),
  FLOAT4(700, 4),
  FLOAT8(701, 8),
  DATE(1082, 4),
  TIME(1083, 8),
  TIMESTAMP(1114, 8),
  TIMESTAMPTZ(1184, 8),
  NUMERIC(1700, -1);

  private final int oid;
  private final int length;

  PgType(int oid, int length) {
    this.oid = oid;
    this.length = length;
  }

  int oid() {
    return oid;
  }

  int length() {
    return length;
  }

  /** The type a result column of this JDBC type is announced as; text for anything else. */
  static PgType ofJdbc(int jdbcType) {
    return switch (jdbcType) {
      case Types.BOOLEAN, Types.BIT -> BOOL;
      case Types.TINYINT, Types.SMALLINT -> INT2;
      case Types.INTEGER -> INT4;
      case Types.BIGINT -> INT8;
      case Types.REAL -> FLOAT4;
      case Types.FLOAT, Types.DOUBLE -> FLOAT8;
      case Types.DECIMAL, Types.NUMERIC -> NUMERIC;
      case Types.DATE -> DATE;
      case Types.TIME -> TIME;
      case Types.TIMESTAMP -> TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMPTZ;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> BYTEA;
      default -> TEXT;
    };
  }
}
