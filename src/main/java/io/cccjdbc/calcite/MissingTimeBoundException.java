package io.cccjdbc.calcite;

/**
 * A scan of a table whose API answers for a time window has no lower bound on its time
 * column: the service would pick a default window (today) and the query would silently miss
 * every older row, so it is refused before any call.
 */
public final class MissingTimeBoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MissingTimeBoundException(String table, String column) {
    super("A query of " + table + " needs a lower bound on " + column + ", such as WHERE "
        + column + " >= CURRENT_TIMESTAMP - INTERVAL '7' DAY or WHERE " + column
        + " >= TIMESTAMP '2024-01-01 00:00:00': without one the API answers for today only,"
        + " which would leave out every earlier row");
  }
}
