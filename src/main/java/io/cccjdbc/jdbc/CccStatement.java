package io.cccjdbc.jdbc;

import io.cccjdbc.fetch.FetchStatistics;

/**
 * What the driver's statements add to JDBC's: reach it with
 * {@code statement.unwrap(CccStatement.class)}.
 */
public interface CccStatement {

  /**
   * The API calls, retries, cache hits and time spent waiting for the API of the latest
   * execution of this statement (all zero before the first). The same figures are logged
   * at DEBUG level by {@code io.cccjdbc.fetch.StatementFetch} when an execution ends.
   */
  FetchStatistics getFetchStatistics();
}
