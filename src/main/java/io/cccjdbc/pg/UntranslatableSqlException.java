package io.cccjdbc.pg;

/**
 * SQL from postgres_fdw that has no faithful form in the driver's SQL: the remote query fails
 * with this message rather than run as something that could return other rows.
 */
final class UntranslatableSqlException extends RuntimeException {

  /** Feature not supported: PostgreSQL shows it to the user with the remote SQL. */
  static final String SQL_STATE = "0A000";

  UntranslatableSqlException(String what) {
    super("the ccc-jdbc endpoint cannot translate " + what
        + " into the driver's SQL; the query was not run");
  }
}
