package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

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

  /**
   * A new emulator is a new endpoint, so its rate-limit buckets are as a new process's. The
   * same burst with the limit lifted, on an endpoint of its own, is the baseline of the same run:
   * what the machine allows, so that the row shows what the rate limit itself costs.
   */
  private static void firstBurstAtDefaults(Report report) throws SQLException {
    double unlimited = firstBurst("maxRequestsPerSecond=10000");
    double defaults = firstBurst();
    double ideal = Math.ceil((double) FIRST_BURST_INSTANCES / DEFAULT_CONCURRENCY)
        * FIRST_BURST_LATENCY.toMillis();
    String measure = "first statement of a fresh endpoint: count(*) numbers, "
        + FIRST_BURST_INSTANCES + " instances, " + FIRST_BURST_LATENCY.toMillis()
        + " ms latency";
    report.add("1 fan-out", measure + ", default settings", Report.millis(defaults),
        "≤ 1.25 × " + Report.millis(ideal), defaults <= 1.25 * ideal);
    report.add("1 fan-out", measure + ", rate limit lifted (baseline)",
        Report.millis(unlimited));
    report.add("1 fan-out", measure + ", default settings / rate limit lifted",
        String.format(Locale.ROOT, "%.2f×", defaults / unlimited));
  }

  private static double firstBurst(String... settings) throws SQLException {
    Dataset dataset = Dataset.synthetic(FIRST_BURST_INSTANCES, 5, 2);
    String ids = "instanceIds=" + String.join(",", dataset.instanceIds());
    String[] all = Stream.concat(Stream.of(ids, "cacheTtl=0"), Stream.of(settings))
        .toArray(String[]::new);
    try (BenchEmulator emulator = BenchEmulator.start(dataset, FIRST_BURST_LATENCY);
        Connection connection = emulator.connect(all);
        Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM numbers WHERE 1 <> 1").close();
      long start = System.nanoTime();
      count(statement);
      return (System.nanoTime() - start) / 1e6;
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
