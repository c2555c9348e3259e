package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Scenario 1: {@code SELECT count(*) FROM numbers} over 200 instances at the given latency,
 * against the ideal of {@code ceil(200 / maxConcurrency)} round trips.
 */
final class FanOut {

  private static final int INSTANCES = 200;

  private FanOut() {
  }

  static void run(Report report, Duration latency) throws SQLException {
    warmUp();
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.synthetic(INSTANCES, 5, 1), latency)) {
      String ids = "instanceIds=" + String.join(",", Dataset.synthetic(INSTANCES, 5, 1).instanceIds());
      for (int concurrency : new int[] {8, 1}) {
        try (Connection connection = emulator.connect(ids, "cacheTtl=0",
            "maxConcurrency=" + concurrency, "maxRequestsPerSecond=10000");
            Statement statement = connection.createStatement()) {
          // Plans the query shape first, so that what is timed is the fetching.
          statement.executeQuery("SELECT count(*) FROM numbers WHERE 1 <> 1").close();
          long start = System.nanoTime();
          long count = count(statement);
          double wall = (System.nanoTime() - start) / 1e6;
          double ideal = Math.ceil((double) INSTANCES / concurrency) * latency.toMillis();
          String measure = "count(*) numbers, " + INSTANCES + " instances, " + latency.toMillis()
              + " ms latency, maxConcurrency " + concurrency + " (" + count + " rows)";
          if (concurrency == 8) {
            report.add("1 fan-out", measure, Report.millis(wall),
                "≤ 1.25 × " + Report.millis(ideal), wall <= 1.25 * ideal);
          } else {
            report.add("1 fan-out", measure + ", for scale", Report.millis(wall));
          }
        }
      }
    }
  }

  /**
   * The same work once without latency, so that what is timed is the fetching and not the
   * JIT compiling the HTTP, JSON and SQL code for the first time.
   */
  private static void warmUp() throws SQLException {
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.synthetic(INSTANCES, 5, 1),
        Duration.ZERO)) {
      String ids = "instanceIds=" + String.join(",", Dataset.synthetic(INSTANCES, 5, 1).instanceIds());
      for (int run = 0; run < 5; run++) {
        try (Connection connection = emulator.connect(ids, "cacheTtl=0",
            "maxRequestsPerSecond=10000");
            Statement statement = connection.createStatement()) {
          count(statement);
        }
      }
    }
  }

  private static long count(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM numbers")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
