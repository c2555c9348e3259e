package io.cccjdbc.pg;

import java.nio.ByteBuffer;

/** An ErrorResponse from the embedded PostgreSQL, with its SQLState. */
public final class PostgresException extends Exception {

  private final String sqlState;

  PostgresException(String sqlState, String message) {
    super(message + " (SQLState " + sqlState + ")");
    this.sqlState = sqlState;
  }

  static PostgresException read(ByteBuffer body) throws WireFormatException {
    String sqlState = "XX000";
    String message = "";
    while (body.hasRemaining()) {
      byte field = body.get();
      if (field == 0) {
        break;
      }
      String value = Wire.cstring(body);
      if (field == 'C') {
        sqlState = value;
      } else if (field == 'M') {
        message = value;
      }
    }
    return new PostgresException(sqlState, message);
  }

  public String sqlState() {
    return sqlState;
  }
}
