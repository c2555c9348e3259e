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
import java.util.Locale;

/**
 * Scenario 3: the driver's own overhead with every instance cached, so that no API call
 * is made: what is left is Calcite's planning and execution and the JDBC layer. New literals
 * of a shape planned before (a dashboard's next filter value) and the same query as a shape
 * never planned are measured in turns, so that both see the same machine.
 */
final class WarmOverhead {

  private static final int WARM_UP = 300;
  private static final int RUNS = 1000;
  /** Enough instances that every "new literal" run names one no statement named before. */
  private static final int INSTANCES = 2 * (WARM_UP + RUNS);

  private static final String ONE_TABLE = "SELECT * FROM numbers WHERE instance_id = ";
  private static final String FOUR_TABLES = "SELECT i.name, a.user_id, n.number, g.name"
      + " FROM instances i JOIN admins a ON a.instance_id = i.instance_id"
      + " JOIN numbers n ON n.instance_id = i.instance_id"
      + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
      + " WHERE i.instance_id = ";

  private WarmOverhead() {
  }

  static void run(Report report) throws SQLException {
    Dataset dataset = Dataset.synthetic(INSTANCES, 5, 9);
    List<String> ids = dataset.instanceIds();
    try (BenchEmulator emulator = BenchEmulator.start(dataset, Duration.ZERO);
        Connection connection = emulator.connect("cacheTtl=3600", "maxRequestsPerSecond=10000",
            "maxApiCallsPerStatement=100000")) {
      try (Statement statement = connection.createStatement()) {
        statement.executeQuery("SELECT count(*) FROM numbers").close();
      }
      long callsBefore = emulator.calls();
      int shapes = 0;
      for (String[] shape : new String[][] {{"single table", ONE_TABLE}, {"4-table join", FOUR_TABLES}}) {
        List<String> unplanned = ids.subList(shapes * (WARM_UP + RUNS), ++shapes * (WARM_UP + RUNS));
        prepared(connection, shape[1] + "?", ids, WARM_UP);
        List<Long> prepared = prepared(connection, shape[1] + "?", ids, RUNS);
        fresh(connection, shape[1], List.of(ids.get(0)), WARM_UP);
        List<Long> sameSql = fresh(connection, shape[1], List.of(ids.get(0)), RUNS);
        List<Long> newLiteral = new ArrayList<>(RUNS);
        List<Long> newShape = new ArrayList<>(RUNS);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
          String id = "'" + unplanned.get(i) + "'";
          // The same query with a comment no statement had: its text and its shape are new,
          // so it is planned afresh (its generated code is the same, and compiled once).
          String unseen = "/* " + shape[0] + " " + i + " */ " + shape[1] + id;
          boolean literalFirst = i % 2 == 0;
          long first = timed(connection, literalFirst ? shape[1] + id : unseen);
          long second = timed(connection, literalFirst ? unseen : shape[1] + id);
          if (i >= WARM_UP) {
            newLiteral.add(literalFirst ? first : second);
            newShape.add(literalFirst ? second : first);
          }
        }
        double preparedMedian = Report.percentile(prepared, 0.5);
        double sameSqlMedian = Report.percentile(sameSql, 0.5);
        double newLiteralMedian = Report.percentile(newLiteral, 0.5);
        double newShapeMedian = Report.percentile(newShape, 0.5);
        report.add("3 warm overhead", shape[0] + ", PreparedStatement re-executed: median",
            Report.millis(preparedMedian), "≤ 2 ms", preparedMedian <= 2);
        report.add("3 warm overhead", shape[0] + ", PreparedStatement re-executed: p99",
            Report.millis(Report.percentile(prepared, 0.99)));
        report.add("3 warm overhead", shape[0] + ", new Statement, same SQL: median",
            Report.millis(sameSqlMedian), "≤ 10 ms", sameSqlMedian <= 10);
        report.add("3 warm overhead", shape[0] + ", new Statement, same SQL: p99",
            Report.millis(Report.percentile(sameSql, 0.99)));
        report.add("3 warm overhead", shape[0] + ", new Statement, new literals of a planned shape:"
            + " median", Report.millis(newLiteralMedian));
        report.add("3 warm overhead", shape[0] + ", new Statement, new literals of a planned shape:"
            + " p99", Report.millis(Report.percentile(newLiteral, 0.99)));
        report.add("3 warm overhead", shape[0] + ", new Statement, shape never planned: median",
            Report.millis(newShapeMedian), "≤ 10 ms", newShapeMedian <= 10);
        report.add("3 warm overhead", shape[0] + ", new Statement, shape never planned: p99",
            Report.millis(Report.percentile(newShape, 0.99)));
        double ratio = newLiteralMedian / newShapeMedian;
        report.add("3 warm overhead", shape[0] + ", new literals against shape never planned"
            + " (medians)", String.format(Locale.ROOT, "%.2f", ratio), "≤ 0.20", ratio <= 0.2);
      }
      report.add("3 warm overhead", "API calls while measuring (all cached)",
          String.valueOf(emulator.calls() - callsBefore), "= 0", emulator.calls() == callsBefore);
    }
  }

  private static List<Long> prepared(Connection connection, String sql, List<String> ids,
      int runs) throws SQLException {
    List<Long> nanos = new ArrayList<>(runs);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        statement.setString(1, ids.get(i % ids.size()));
        try (ResultSet rows = statement.executeQuery()) {
          drain(rows);
        }
        nanos.add(System.nanoTime() - start);
      }
    }
    return nanos;
  }

  private static long timed(Connection connection, String sql) throws SQLException {
    long start = System.nanoTime();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      drain(rows);
    }
    return System.nanoTime() - start;
  }

  private static List<Long> fresh(Connection connection, String sqlPrefix, List<String> ids,
      int runs) throws SQLException {
    List<Long> nanos = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sqlPrefix + "'" + ids.get(i % ids.size()) + "'")) {
        drain(rows);
      }
      nanos.add(System.nanoTime() - start);
    }
    return nanos;
  }

  private static void drain(ResultSet rows) throws SQLException {
    int columns = rows.getMetaData().getColumnCount();
    while (rows.next()) {
      for (int c = 1; c <= columns; c++) {
        rows.getObject(c);
      }
    }
  }
}
