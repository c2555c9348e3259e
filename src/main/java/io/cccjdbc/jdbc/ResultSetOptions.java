package io.cccjdbc.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The result set type, concurrency and holdability a statement gets. Results stream from the
 * API once, forward, and nothing can be written back: a scrollable or updatable result set is
 * replaced by a forward-only, read-only one, with a warning on the connection, as JDBC asks of a
 * driver that cannot give the type requested.
 */
record ResultSetOptions(int type, int concurrency, int holdability) {

  static ResultSetOptions supported(int type, int concurrency, int holdability,
      ConnectionState state) throws SQLException {
    checkHoldability(holdability);
    if (type != ResultSet.TYPE_FORWARD_ONLY) {
      if (type != ResultSet.TYPE_SCROLL_INSENSITIVE && type != ResultSet.TYPE_SCROLL_SENSITIVE) {
        throw SqlState.INVALID_ARGUMENT.exception(type + " is not a result set type; use"
            + " ResultSet.TYPE_FORWARD_ONLY");
      }
      state.addWarning("Result sets are TYPE_FORWARD_ONLY: rows stream from the API once, so"
          + " the scrollable type asked for was replaced");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY) {
      if (concurrency != ResultSet.CONCUR_UPDATABLE) {
        throw SqlState.INVALID_ARGUMENT.exception(concurrency + " is not a result set"
            + " concurrency; use ResultSet.CONCUR_READ_ONLY");
      }
      state.addWarning("Result sets are CONCUR_READ_ONLY: ccc-jdbc never writes, so the"
          + " updatable concurrency asked for was replaced");
    }
    return new ResultSetOptions(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY,
        holdability);
  }

  /** Both holdabilities hold: with no transactions a cursor outlives every (empty) commit. */
  static void checkHoldability(int holdability) throws SQLException {
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT
        && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlState.INVALID_ARGUMENT.exception(holdability + " is not a result set"
          + " holdability; use ResultSet.HOLD_CURSORS_OVER_COMMIT");
    }
  }
}
