package io.cccjdbc.bench;

import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Scenario 6: every row of {@code numbers} over 5,000 instances of 20 numbers, read by a
 * JVM limited to 256 MiB, with the cache on (the default) and off.
 */
final class Memory {

  private static final int INSTANCES = 5000;
  private static final int NUMBERS = 20;

  private Memory() {
  }

  static void run(Report report, Path jar, Path testClasses) throws IOException, InterruptedException {
    try (BenchEmulator emulator =
        BenchEmulator.start(Dataset.synthetic(INSTANCES, NUMBERS, 13), Duration.ZERO)) {
      for (String cache : new String[] {"cacheTtl=60", "cacheTtl=0"}) {
        String url = emulator.url(cache, "maxRequestsPerSecond=10000",
            "maxApiCallsPerStatement=100000");
        String line = ChildJvm.run(jar, testClasses, List.of("-Xmx256m"), ScanAll.class, "ROWS",
            url, "SELECT * FROM numbers").lines().stream()
            .filter(l -> l.startsWith("ROWS")).findFirst().orElseThrow();
        String[] parts = line.split(" ");
        long rows = Long.parseLong(parts[1]);
        long peak = Long.parseLong(parts[3]);
        report.add("6 memory", "SELECT * FROM numbers, " + INSTANCES + " × " + NUMBERS + ", -Xmx256m, "
            + cache + ": peak heap (" + rows + " rows)", peak + " MiB", "< 256 MiB, completes",
            peak < 256 && rows == (long) INSTANCES * NUMBERS);
      }
    }
  }
}
