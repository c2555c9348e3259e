package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Locale;

/**
 * Scenario 9: reading 100,000 rows ({@code numbers} of 5,000 instances × 20, every instance
 * cached so no call is timed) through ccc-jdbc's JDBC objects and through stock Calcite's for
 * the same rows held in memory ({@link StockCalcite}). Both re-execute a prepared statement, so
 * neither plans. Reading only {@code next()}, and reading every value of a row ten times,
 * separates the cost of the getters, where the driver's JDBC boundary wraps Calcite's result
 * set, from the cost of making the rows.
 */
final class LargeRead {

  private static final String SCENARIO = "9 100k-row read";
  private static final int INSTANCES = 5000;
  private static final int NUMBERS = 20;
  private static final String SQL = "SELECT * FROM numbers";
  /** Passes over every value of a row, so that the getters outweigh the noise in next(). */
  private static final int PASSES = 10;

  private LargeRead() {
  }

  static void run(Report report) throws SQLException {
    try (BenchEmulator emulator = BenchEmulator.start(
        Dataset.synthetic(INSTANCES, NUMBERS, 13), Duration.ZERO);
        Connection ours = emulator.connect("cacheTtl=3600", "maxRequestsPerSecond=10000",
            "maxApiCallsPerStatement=100000");
        Connection stock = StockCalcite.copyOf(ours, "numbers");
        PreparedStatement oursRead = ours.prepareStatement(SQL);
        PreparedStatement stockRead = stock.prepareStatement(SQL)) {
      long callsBefore = emulator.calls();
      long rows = (long) INSTANCES * NUMBERS;
      SideBySide.Result whole = SideBySide.measure(n -> everyValue(oursRead, rows, 1),
          n -> everyValue(stockRead, rows, 1), 5, 6, 3);
      SideBySide.Result rowsOnly = SideBySide.measure(n -> everyValue(oursRead, rows, 0),
          n -> everyValue(stockRead, rows, 0), 5, 6, 3);
      SideBySide.Result passes = SideBySide.measure(n -> everyValue(oursRead, rows, PASSES),
          n -> everyValue(stockRead, rows, PASSES), 3, 6, 2);
      report.add(SCENARIO, "SELECT * FROM numbers, " + rows + " rows, getObject and the typed"
          + " getter of every column: median, ours / stock", whole.describe("stock"));
      report.add(SCENARIO, "same, next() only: median, ours / stock", rowsOnly.describe("stock"));
      double oursGetters = (passes.oursCpu() - rowsOnly.oursCpu()) / PASSES;
      double stockGetters = (passes.baseCpu() - rowsOnly.baseCpu()) / PASSES;
      report.add(SCENARIO, "the getters alone, one pass over every value ((" + PASSES
          + " passes - next() only) / " + PASSES + "), CPU: ours / stock",
          String.format(Locale.ROOT, "%.1f ms / %.1f ms stock = %.2f×", oursGetters / 1e6,
              stockGetters / 1e6, oursGetters / stockGetters), "≤ 1.1×",
          oursGetters <= 1.1 * stockGetters);
      report.add(SCENARIO, "API calls while measuring (all cached)",
          String.valueOf(emulator.calls() - callsBefore), "= 0", emulator.calls() == callsBefore);
    }
  }

  private static void everyValue(PreparedStatement statement, long expected, int passes)
      throws SQLException {
    long count = 0;
    try (ResultSet rows = statement.executeQuery()) {
      int columns = rows.getMetaData().getColumnCount();
      int[] types = new int[columns + 1];
      for (int c = 1; c <= columns; c++) {
        types[c] = rows.getMetaData().getColumnType(c);
      }
      while (rows.next()) {
        for (int pass = 0; pass < passes; pass++) {
          for (int c = 1; c <= columns; c++) {
            rows.getObject(c);
            switch (types[c]) {
              case Types.BOOLEAN -> rows.getBoolean(c);
              case Types.INTEGER, Types.BIGINT -> rows.getLong(c);
              default -> rows.getString(c);
            }
          }
        }
        count++;
      }
    }
    check(count, expected);
  }

  private static void check(long count, long expected) {
    if (count != expected) {
      throw new IllegalStateException("read " + count + " rows, expected " + expected);
    }
  }
}
