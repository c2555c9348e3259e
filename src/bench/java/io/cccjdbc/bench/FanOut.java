package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Scenario 1: {@code SELECT count(*) FROM numbers} over 200 instances at the given latency,
 * against the ideal of {@code ceil(200 / maxConcurrency)} round trips; and the first statement
 * of a fresh connection at default settings over 64 instances 100 ms away, whose burst the
 * rate limit must not pace.
 */
final class FanOut {

  private static final int INSTANCES = 200;

  private static final int FIRST_BURST_INSTANCES = 64;

  private static final Duration FIRST_BURST_LATENCY = Duration.ofMillis(100);

  /** The driver's default {@code maxConcurrency}. */
  private static final int DEFAULT_CONCURRENCY = 8;

  private FanOut() {
  }

  static void run(Report report, Duration latency) throws SQLException {
    warmUp();
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.synthetic(INSTANCES, 5, 1), latency)) {
      String ids = "instanceIds=" + String.join(",", Dataset.synthetic(INSTANCES, 5, 1).instanceIds());
      for (int concurrency : new int[] {8, 1}) {
        try (Connection connection = emulator.connect(ids, "cacheTtl=0",
            "maxConcurrency=" + concurrency);
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
    firstBurstAtDefaults(report);
  }

  /** A new emulator is a new endpoint, so its rate-limit buckets are as a new process's. */
  private static void firstBurstAtDefaults(Report report) throws SQLException {
    Dataset dataset = Dataset.synthetic(FIRST_BURST_INSTANCES, 5, 2);
    try (BenchEmulator emulator = BenchEmulator.start(dataset, FIRST_BURST_LATENCY);
        Connection connection = emulator.connect(
            "instanceIds=" + String.join(",", dataset.instanceIds()), "cacheTtl=0");
        Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM numbers WHERE 1 <> 1").close();
      long start = System.nanoTime();
      long count = count(statement);
      double wall = (System.nanoTime() - start) / 1e6;
      double ideal = Math.ceil((double) FIRST_BURST_INSTANCES / DEFAULT_CONCURRENCY)
          * FIRST_BURST_LATENCY.toMillis();
      report.add("1 fan-out", "first statement at default settings: count(*) numbers, "
          + FIRST_BURST_INSTANCES + " instances, " + FIRST_BURST_LATENCY.toMillis()
          + " ms latency (" + count + " rows)", Report.millis(wall),
          "≤ 1.25 × " + Report.millis(ideal), wall <= 1.25 * ideal);
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
        try (Connection connection = emulator.connect(ids, "cacheTtl=0");
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
