package io.cccjdbc;

import io.cccjdbc.calcite.TableDef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

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

  /**
   * {@code SELECT * FROM ccc.<table>}, over the last 30 whole days for a table of a time window
   * (which refuses a scan without a lower bound); the end is fixed so two runs agree.
   */
  public static String selectAll(TableDef table) {
    String sql = "SELECT * FROM ccc." + table.name();
    LocalDate today = LocalDate.now();
    return table.timeColumn().map(time -> sql + " WHERE " + time + " >= TIMESTAMP '"
        + today.minusDays(30) + " 00:00:00' AND " + time + " < TIMESTAMP '" + today
        + " 00:00:00'").orElse(sql);
  }
}
