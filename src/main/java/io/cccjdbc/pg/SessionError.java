package io.cccjdbc.pg;

/** A statement the endpoint refuses, sent to the frontend as an ErrorResponse. */
final class SessionError extends Exception {

  private final String sqlState;

  SessionError(String sqlState, String message) {
    super(message);
    this.sqlState = sqlState;
  }

  String sqlState() {
    return sqlState;
  }
}
