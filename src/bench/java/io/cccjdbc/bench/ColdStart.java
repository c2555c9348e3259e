package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 4: a new JVM on the {@code -all} jar, from process start to the first row of a
 * one-instance query; plain, and with an application class-data-sharing archive made by
 * one training run (what {@code docs/performance.md} tells users to do).
 */
final class ColdStart {

  private static final int RUNS = 5;
  private static final String SQL = "SELECT number FROM numbers WHERE instance_id = 'ccc-test'";

  private ColdStart() {
  }

  static void run(Report report, Path jar, Path testClasses) throws IOException, InterruptedException {
    try (BenchEmulator emulator = BenchEmulator.start(Dataset.demo(), Duration.ZERO)) {
      String url = emulator.url();
      double plain = median(jar, testClasses, List.of(), url);
      report.add("4 cold start", "new JVM to first row, -all jar", Report.millis(plain),
          "≤ 1500 ms", plain <= 1500);
      Path archive = Files.createTempDirectory("ccc-cds").resolve("ccc-jdbc.jsa");
      ChildJvm.run(jar, testClasses, List.of("-XX:ArchiveClassesAtExit=" + archive),
          FirstRow.class, "ROW", url, SQL);
      double shared = median(jar, testClasses, List.of("-XX:SharedArchiveFile=" + archive), url);
      report.add("4 cold start", "same, with an AppCDS archive from one training run",
          Report.millis(shared));
    }
  }

  private static double median(Path jar, Path testClasses, List<String> options, String url)
      throws IOException, InterruptedException {
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      double millis = ChildJvm.run(jar, testClasses, options, FirstRow.class, "ROW", url, SQL)
          .millisToMarker();
      nanos.add((long) (millis * 1e6));
    }
    return Report.percentile(nanos, 0.5);
  }
}
