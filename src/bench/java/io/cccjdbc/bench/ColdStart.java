package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Scenario 4: a new JVM on the {@code -all} jar, from process start to the first row of a
 * one-instance query, beside stock Calcite's own cold first query from the same jar
 * ({@link StockFirstRow}); and the driver with an application class-data-sharing archive made
 * by one training run (what {@code docs/performance.md} tells users to do). The emulator runs
 * in the benchmark's JVM, so the child's time is the driver's alone.
 */
final class ColdStart {

  private static final int RUNS = 7;
  private static final int EMULATOR_WARM_UP = 500;
  private static final String SQL = "SELECT number FROM numbers WHERE instance_id = 'ccc-test'";

  private ColdStart() {
  }

  static void run(Report report, Path jar, Path testClasses)
      throws IOException, InterruptedException, SQLException {
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.demo(), Duration.ZERO)) {
      String url = emulator.url();
      warmUp(emulator);
      // One run of each not counted: the jar's pages into the OS's cache for both sides.
      firstRow(jar, testClasses, List.of(), url);
      stockFirstRow(jar, testClasses);
      List<ChildJvm.Outcome> ours = new ArrayList<>();
      List<ChildJvm.Outcome> stock = new ArrayList<>();
      // Interleaved, and in turn first, so that a busy moment of the machine weighs on both.
      for (int i = 0; i < RUNS; i++) {
        if (i % 2 == 0) {
          ours.add(firstRow(jar, testClasses, List.of(), url));
          stock.add(stockFirstRow(jar, testClasses));
        } else {
          stock.add(stockFirstRow(jar, testClasses));
          ours.add(firstRow(jar, testClasses, List.of(), url));
        }
      }
      double plain = median(ours, ChildJvm.Outcome::millisToMarker);
      double baseline = median(stock, ChildJvm.Outcome::millisToMarker);
      report.add("4 cold start", "new JVM to first row, -all jar: median of " + RUNS,
          Report.millis(plain));
      report.add("4 cold start", "stock Calcite's cold first query, same jar, same run: median",
          Report.millis(baseline));
      double ratio = plain / baseline;
      report.add("4 cold start", "ratio ours / stock Calcite",
          String.format(Locale.ROOT, "%.2f×", ratio), "≤ 1.00×", ratio <= 1.0);
      // CPU time is less swayed than elapsed time by other work on a shared machine.
      double cpu = median(ours, ChildJvm.Outcome::cpuMillisToMarker);
      double stockCpu = median(stock, ChildJvm.Outcome::cpuMillisToMarker);
      report.add("4 cold start", "CPU time of the JVM to first row, ours / stock Calcite: medians",
          String.format(Locale.ROOT, "%.0f ms / %.0f ms = %.2f×", cpu, stockCpu, cpu / stockCpu));
      Path archive = Files.createTempDirectory("ccc-cds").resolve("ccc-jdbc.jsa");
      ChildJvm.run(jar, testClasses, List.of("-XX:ArchiveClassesAtExit=" + archive),
          FirstRow.class, "ROW", url, SQL);
      List<ChildJvm.Outcome> shared = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        shared.add(firstRow(jar, testClasses, List.of("-XX:SharedArchiveFile=" + archive), url));
      }
      report.add("4 cold start", "same, with an AppCDS archive from one training run",
          Report.millis(median(shared, ChildJvm.Outcome::millisToMarker)));
    }
  }

  /**
   * The emulator answers the child's call from this JVM: compiled by the JIT first, so that
   * the child's time is the driver's and not a cold emulator's, nor the JIT's on its behalf
   * competing with the child for the cores.
   */
  private static void warmUp(BenchEmulator emulator) throws SQLException {
    try (Connection connection = emulator.connect("cacheTtl=0");
        PreparedStatement statement = connection.prepareStatement(SQL)) {
      for (int i = 0; i < EMULATOR_WARM_UP; i++) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            rows.getString(1);
          }
        }
      }
    }
  }

  private static ChildJvm.Outcome firstRow(Path jar, Path testClasses, List<String> options,
      String url) throws IOException, InterruptedException {
    return ChildJvm.run(jar, testClasses, options, FirstRow.class, "ROW", url, SQL);
  }

  private static ChildJvm.Outcome stockFirstRow(Path jar, Path testClasses)
      throws IOException, InterruptedException {
    return ChildJvm.run(jar, testClasses, List.of(), StockFirstRow.class, "ROW", SQL);
  }

  private static double median(List<ChildJvm.Outcome> runs,
      ToDoubleFunction<ChildJvm.Outcome> millis) {
    return Report.percentile(runs.stream().map(run -> (long) (millis.applyAsDouble(run) * 1e6))
        .toList(), 0.5);
  }
}
