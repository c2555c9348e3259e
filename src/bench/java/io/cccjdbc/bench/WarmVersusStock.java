package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Scenario 3, against a baseline: the warm queries of {@link WarmOverhead}, every instance
 * cached, beside stock Calcite answering the same SQL over the same rows in memory
 * ({@link StockCalcite}). "Never planned" SQL differs from all before it in a table alias, not
 * in a literal, so that no plan cache of either side can answer it.
 */
final class WarmVersusStock {

  private static final String SCENARIO = "3 warm, against stock Calcite";
  private static final int INSTANCES = 40;
  private static final int ROUNDS = 6;

  private static final IntFunction<String> ONE_TABLE =
      alias -> "SELECT * FROM numbers n" + alias + " WHERE n" + alias + ".instance_id = ";
  private static final String FOUR_TABLES_WITH_ALIAS = "SELECT {i}.name, a.user_id, n.number,"
      + " g.name FROM instances {i} JOIN admins a ON a.instance_id = {i}.instance_id"
      + " JOIN numbers n ON n.instance_id = {i}.instance_id JOIN number_skill_groups g"
      + " ON g.instance_id = n.instance_id AND g.number = n.number WHERE {i}.instance_id = ";
  private static final IntFunction<String> FOUR_TABLES =
      alias -> FOUR_TABLES_WITH_ALIAS.replace("{i}", "i" + alias);

  private WarmVersusStock() {
  }

  static void run(Report report) throws SQLException {
    Dataset dataset = Dataset.synthetic(INSTANCES, 5, 3, 9);
    String id = dataset.instanceIds().get(INSTANCES / 2);
    try (BenchEmulator emulator = BenchEmulator.start(dataset, Duration.ZERO);
        Connection ours = emulator.connect("cacheTtl=3600", "maxRequestsPerSecond=10000");
        Connection stock = StockCalcite.copyOf(ours, "instances", "admins", "numbers",
            "number_skill_groups")) {
      long callsBefore = emulator.calls();
      compare(report, "single table", ONE_TABLE, id, ours, stock);
      compare(report, "4-table join", FOUR_TABLES, id, ours, stock);
      report.add(SCENARIO, "API calls while measuring (all cached)",
          String.valueOf(emulator.calls() - callsBefore), "= 0", emulator.calls() == callsBefore);
    }
  }

  private static void compare(Report report, String shape, IntFunction<String> sql, String id,
      Connection ours, Connection stock) throws SQLException {
    String literal = "'" + id + "'";
    sameRows(shape, sql.apply(0) + literal, ours, stock);
    try (PreparedStatement oursPrepared = ours.prepareStatement(sql.apply(0) + "?");
        PreparedStatement stockPrepared = stock.prepareStatement(sql.apply(0) + "?")) {
      SideBySide.Result prepared = SideBySide.measure(n -> bound(oursPrepared, id),
          n -> bound(stockPrepared, id), 300, ROUNDS, 300);
      report.add(SCENARIO, shape + ", PreparedStatement re-executed: median, ours / stock",
          prepared.describe("stock"));
    }
    SideBySide.Result sameSql = SideBySide.measure(n -> fresh(ours, sql.apply(0) + literal),
        n -> fresh(stock, sql.apply(0) + literal), 40, ROUNDS, 30);
    report.add(SCENARIO, shape + ", new Statement, same SQL: median, ours / stock",
        sameSql.describe("stock"));
    SideBySide.Result unplanned = SideBySide.measure(n -> fresh(ours, sql.apply(n + 1) + literal),
        n -> fresh(stock, sql.apply(n + 1) + literal), 40, ROUNDS, 30);
    report.add(SCENARIO, shape + ", new Statement, SQL never planned before: median, ours / stock",
        unplanned.describe("stock"), "≤ 1×", unplanned.wallRatio() <= 1);
  }

  /** A baseline is one only if it answers with the same rows. */
  private static void sameRows(String shape, String sql, Connection ours, Connection stock)
      throws SQLException {
    List<String> oursRows = rows(ours, sql);
    List<String> stockRows = rows(stock, sql);
    if (oursRows.isEmpty() || !oursRows.equals(stockRows)) {
      throw new IllegalStateException(shape + ": ccc-jdbc read " + oursRows.size()
          + " rows and stock Calcite " + stockRows.size() + ", not the same; the baseline"
          + " must answer with the same rows");
    }
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          row.add(result.getObject(c));
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private static void bound(PreparedStatement statement, String id) throws SQLException {
    statement.setString(1, id);
    SideBySide.drain(statement.executeQuery());
  }

  private static void fresh(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      SideBySide.drain(statement.executeQuery(sql));
    }
  }
}
