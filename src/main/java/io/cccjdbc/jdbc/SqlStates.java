package io.cccjdbc.jdbc;

/** The SQLStates this layer reports for connection settings. */
final class SqlStates {

  /** Class 08: the connection cannot be made as asked; retrying the same settings won't help. */
  static final String CONNECTION_REJECTED = "08001";

  /** Class 28: the credentials are missing or unusable. */
  static final String INVALID_AUTHORIZATION = "28000";

  private SqlStates() {}
}
