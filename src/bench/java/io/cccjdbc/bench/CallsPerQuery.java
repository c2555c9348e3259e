package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Scenario 2: API calls made by representative queries, beside the fewest possible: the
 * distinct instances (and instance-list pages) a query needs, none when they are cached.
 */
final class CallsPerQuery {

  private record Query(String name, String sql, String parameter, int minimum) {
  }

  /** On the demo data (6 instances, one instance-list page) with the cache off. */
  private static final Query[] PUSHDOWN = {
      new Query("single table, instance_id =",
          "SELECT * FROM numbers WHERE instance_id = 'ccc-test'", null, 1),
      new Query("all four tables joined",
          "SELECT i.name, a.user_id, n.number, g.skill_group_id FROM instances i"
              + " JOIN admins a ON a.instance_id = i.instance_id"
              + " JOIN numbers n ON n.instance_id = i.instance_id"
              + " JOIN number_skill_groups g ON g.instance_id = n.instance_id"
              + " AND g.number = n.number WHERE i.instance_id = 'ccc-hz-service'", null, 1),
      new Query("self-join",
          "SELECT a.number, b.number FROM numbers a JOIN numbers b"
              + " ON a.instance_id = b.instance_id WHERE a.instance_id = 'ccc-cd-ops'", null, 1),
      new Query("IN list of 3 (one unknown)",
          "SELECT * FROM numbers WHERE instance_id IN"
              + " ('ccc-global-sales', 'ccc-sh-pilot', 'ccc-missing')", null, 3),
      new Query("prepared, instance_id = ?",
          "SELECT * FROM number_skill_groups WHERE instance_id = ?", "ccc-gz-new", 1),
      new Query("unfiltered instances", "SELECT * FROM instances", null, 1),
      new Query("unfiltered numbers", "SELECT count(*) FROM numbers", null, 1 + 6),
      new Query("always false (BI column probe)", "SELECT * FROM numbers WHERE 1 <> 1", null, 0),
  };

  private CallsPerQuery() {
  }

  static void run(Report report) throws SQLException {
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.demo(), Duration.ZERO)) {
      try (Connection connection = emulator.connect("cacheTtl=0")) {
        for (Query query : PUSHDOWN) {
          measure(report, emulator, connection, query);
        }
      }
      try (Connection connection = emulator.connect("cacheTtl=60")) {
        Query join = PUSHDOWN[1];
        measure(report, emulator, connection,
            new Query("four tables, cache on, first run", join.sql(), null, 1));
        measure(report, emulator, connection,
            new Query("four tables, repeated within the TTL", join.sql(), null, 0));
      }
    }
    limitOverManyInstances(report);
    pagedOverManyInstances(report);
  }

  private static void measure(Report report, BenchEmulator emulator, Connection connection,
      Query query) throws SQLException {
    long before = emulator.calls();
    drain(connection, query);
    long calls = emulator.calls() - before;
    report.add("2 calls per query", query.name(), calls + " calls", "= " + query.minimum(),
        calls == query.minimum());
  }

  private static void drain(Connection connection, Query query) throws SQLException {
    if (query.parameter() == null) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(query.sql())) {
        while (rows.next()) {
          rows.getObject(1);
        }
      }
    } else {
      try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
        statement.setString(1, query.parameter());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            rows.getObject(1);
          }
        }
      }
    }
  }

  /**
   * A paged action over many instances: 200 instances of 250 users need the 2 pages that list
   * the instances and 3 ListUsers pages each; users joined with their skill levels read the
   * same pages once.
   */
  private static void pagedOverManyInstances(Report report) throws SQLException {
    int instances = 200;
    int users = 250;
    try (BenchEmulator emulator = BenchEmulator.start(
            Dataset.synthetic(instances, 0, users, 5), Duration.ZERO);
        Connection connection = emulator.connect("cacheTtl=0", "maxRequestsPerSecond=10000",
            "maxApiCallsPerStatement=5000")) {
      int needed = 2 + instances * 3;
      for (Query query : new Query[] {
          new Query("users, 200 instances x 250 users", "SELECT count(*) FROM users", null,
              needed),
          new Query("users joined with skill levels, same", "SELECT count(*) FROM users u"
              + " JOIN user_skill_levels l ON l.instance_id = u.instance_id"
              + " AND l.user_id = u.user_id", null, needed)}) {
        long before = emulator.calls();
        long started = System.nanoTime();
        drain(connection, query);
        long calls = emulator.calls() - before;
        long millis = (System.nanoTime() - started) / 1_000_000;
        report.add("2 calls per query", query.name(), calls + " calls in " + millis + " ms",
            "= " + needed, calls == needed);
      }
    }
  }

  /** LIMIT 10 needs 5 instances of 2 numbers each, after the 2 pages that list 200. */
  private static void limitOverManyInstances(Report report) throws SQLException {
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.synthetic(200, 2, 5), Duration.ZERO);
        Connection connection = emulator.connect("cacheTtl=0", "maxRequestsPerSecond=10000")) {
      long before = emulator.calls();
      drain(connection, new Query("", "SELECT * FROM numbers LIMIT 10", null, 0));
      long calls = emulator.calls() - before;
      int needed = 2 + 5;
      report.add("2 calls per query", "SELECT * FROM numbers LIMIT 10, 200 instances",
          calls + " calls", "≤ " + needed + " needed + 8 (maxConcurrency)", calls <= needed + 8);
    }
  }
}
