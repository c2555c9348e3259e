package io.cccjdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small helpers for reading query results in tests. */
public final class Rows {

  private Rows() {
  }

  /** Runs the query and reads every row, as a reporting job does. */
  public static int count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      int n = 0;
      while (rows.next()) {
        n++;
      }
      return n;
    }
  }
}
