package io.cccjdbc.jdbc;

/**
 * What the driver's connections add to JDBC's: reach it with
 * {@code connection.unwrap(CccConnection.class)}.
 */
public interface CccConnection {

  /**
   * From now until the returned scope is closed, every statement this connection executes
   * fetches as one: each API request is made at most once among them, even with the cache off,
   * as the scans of one statement share theirs. For callers that run one query as several
   * statements, such as the PostgreSQL front running postgres_fdw's cursors of one query.
   * Canceling any of the statements stops the fetching of all.
   *
   * @throws IllegalStateException if a scope is already open on this connection
   */
  FetchScope shareFetches();

  /** An open {@link #shareFetches()}; closing it ends the shared fetching. */
  interface FetchScope extends AutoCloseable {
    @Override
    void close();
  }
}
