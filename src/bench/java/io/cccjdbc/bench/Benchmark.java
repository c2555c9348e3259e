package io.cccjdbc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark (not a test): {@code mvn -Pbench -DskipTests verify}, with
 * {@code -Dbench.args="--latency-ms 50 --only fanout,calls,...,history,read --out FILE"}.
 * Everything runs against emulators on 127.0.0.1; figures are printed as they come and as
 * one Markdown table at the end.
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Report report = new Report();
    System.out.println("ccc-jdbc benchmark, " + Runtime.getRuntime().availableProcessors()
        + " cores, latency " + options.latency.toMillis() + " ms");
    if (options.runs("fanout")) {
      FanOut.run(report, options.latency);
    }
    if (options.runs("calls")) {
      CallsPerQuery.run(report);
    }
    if (options.runs("warm")) {
      WarmOverhead.run(report);
      WarmVersusStock.run(report);
    }
    if (options.runs("cold")) {
      ColdStart.run(report, options.jar, options.testClasses);
    }
    if (options.runs("client")) {
      ClientCost.run(report);
    }
    if (options.runs("memory")) {
      Memory.run(report, options.jar, options.testClasses);
    }
    if (options.runs("postgres")) {
      PostgresHop.run(report, options.latency);
    }
    if (options.runs("history")) {
      HistoryScan.run(report, options.latency);
    }
    if (options.runs("read")) {
      LargeRead.run(report);
    }
    String table = report.markdown();
    System.out.println();
    System.out.println(table);
    if (options.out != null) {
      Files.writeString(options.out, table);
    }
  }

  private static final class Options {
    Duration latency = Duration.ofMillis(50);
    List<String> only = new ArrayList<>();
    Path jar;
    Path testClasses;
    Path out;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--latency-ms" -> options.latency = Duration.ofMillis(Long.parseLong(value));
          case "--only" -> options.only = Arrays.asList(value.split(","));
          case "--jar" -> options.jar = Path.of(value);
          case "--test-classes" -> options.testClasses = Path.of(value);
          case "--out" -> options.out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; options: --latency-ms N, --only fanout,calls,warm,cold,client,memory,"
              + "postgres,history,read, --jar FILE, --test-classes DIR, --out FILE");
        }
        i++;
      }
      return options;
    }

    boolean runs(String scenario) {
      return only.isEmpty() || only.contains(scenario);
    }
  }
}
