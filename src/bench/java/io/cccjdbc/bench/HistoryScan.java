package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.HistorySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Scenario 8: a 90-day scan of call records over many instances, each holding more calls
 * than one request can list (10,000), so every window is cut. Calls made beside the fewest the
 * slicing allows (every page of the calls, plus the one first page that reveals the window
 * is too long), and wall time beside the ideal of those calls at {@code maxConcurrency}.
 */
final class HistoryScan {

  private static final int INSTANCES = 10;
  private static final int DAYS = 90;
  private static final int CALLS_PER_DAY = 140;
  private static final int PAGE = 100;
  private static final int CONCURRENCY = 8;

  private HistoryScan() {
  }

  static void run(Report report, Duration latency) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Dataset dataset = Dataset.withHistory(Dataset.synthetic(INSTANCES, 1, 10, 3),
        HistorySpec.of(now, DAYS, CALLS_PER_DAY, 5)
            .onlyFor(Dataset.synthetic(INSTANCES, 1, 10, 3).instanceIds().toArray(String[]::new)));
    String sql = "SELECT count(*) FROM call_detail_records WHERE start_time >= CURRENT_TIMESTAMP"
        + " - INTERVAL '" + DAYS + "' DAY";
    try (BenchEmulator emulator = BenchEmulator.start(dataset, Duration.ZERO);
        Connection connection = emulator.connect("cacheTtl=0", "maxRequestsPerSecond=10000",
            "maxApiCallsPerStatement=100000", "maxConcurrency=" + CONCURRENCY)) {
      count(connection, sql);
      emulator.setLatency(latency);
      long before = emulator.calls();
      long start = System.nanoTime();
      long calls = count(connection, sql);
      double wall = (System.nanoTime() - start) / 1e6;
      long made = emulator.calls() - before;
      long minimum = minimumCalls(dataset, now);
      double ideal = Math.ceil((double) minimum / CONCURRENCY) * latency.toMillis();
      String what = DAYS + "-day call records, " + INSTANCES + " instances, " + calls + " calls";
      report.add("8 history scan", what + ": API calls", made + " calls",
          "≤ 1.1 × " + minimum + " (each window cut once)", made <= 1.1 * minimum);
      report.add("8 history scan", what + ": wall time at " + latency.toMillis()
          + " ms latency, maxConcurrency " + CONCURRENCY, Report.millis(wall),
          "≤ 1.5 × " + Report.millis(ideal), wall <= 1.5 * ideal);
    }
  }

  /** Per instance: its calls' pages, and one more first page where they exceed 10,000. */
  private static long minimumCalls(Dataset dataset, Instant now) {
    long minimum = 1 + (INSTANCES + PAGE - 1) / PAGE;
    for (String id : dataset.instanceIds()) {
      long calls = dataset.itemsOf("ListCallDetailRecordsV2", id,
          now.minus(Duration.ofDays(DAYS + 1)), now).size();
      minimum += (calls + PAGE - 1) / PAGE + (calls > 100 * PAGE ? 1 : 0);
    }
    return minimum;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
