package io.cccjdbc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the same work done by ccc-jdbc and by a baseline in one run: warmed up alike, then in
 * alternating rounds, each side first in every other round, so that what the shared machine
 * does meanwhile falls on both. Medians of every execution; the caller's CPU time beside the
 * wall time, as it is less disturbed by other processes.
 */
final class SideBySide {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** One execution; {@code n} is new for every execution of a side, for SQL never seen. */
  @FunctionalInterface
  interface Work {
    void execute(int n) throws SQLException;
  }

  /** Medians per execution, in nanoseconds, of both sides. */
  record Result(double oursWall, double baseWall, double oursCpu, double baseCpu) {

    double wallRatio() {
      return oursWall / baseWall;
    }

    double cpuRatio() {
      return oursCpu / baseCpu;
    }

    /** For the report: both wall times and their ratio, then the ratio of CPU times. */
    String describe(String baseline) {
      return String.format(Locale.ROOT, "%s / %s %s = %s (CPU %s)", millis(oursWall),
          millis(baseWall), baseline, ratio(wallRatio()), ratio(cpuRatio()));
    }

    /** Two significant digits at least, so that a small ratio does not read as zero. */
    static String ratio(double value) {
      return String.format(Locale.ROOT, value < 0.1 ? "%.4f×" : "%.2f×", value);
    }

    private static String millis(double nanos) {
      return nanos < 1e6
          ? String.format(Locale.ROOT, "%.3f ms", nanos / 1e6)
          : String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
  }

  private SideBySide() {
  }

  static Result measure(Work ours, Work base, int warmUp, int rounds, int perRound)
      throws SQLException {
    int[] next = {0};
    for (int i = 0; i < warmUp; i++) {
      ours.execute(next[0]++);
      base.execute(next[0]++);
    }
    List<Long> oursWall = new ArrayList<>();
    List<Long> baseWall = new ArrayList<>();
    List<Long> oursCpu = new ArrayList<>();
    List<Long> baseCpu = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      if (round % 2 == 0) {
        time(ours, perRound, next, oursWall, oursCpu);
        time(base, perRound, next, baseWall, baseCpu);
      } else {
        time(base, perRound, next, baseWall, baseCpu);
        time(ours, perRound, next, oursWall, oursCpu);
      }
    }
    return new Result(median(oursWall), median(baseWall), median(oursCpu), median(baseCpu));
  }

  private static void time(Work work, int runs, int[] next, List<Long> wall, List<Long> cpu)
      throws SQLException {
    for (int i = 0; i < runs; i++) {
      long cpuStart = CPU.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      work.execute(next[0]++);
      wall.add(System.nanoTime() - start);
      cpu.add(CPU.getCurrentThreadCpuTime() - cpuStart);
    }
  }

  private static double median(List<Long> nanos) {
    return Report.percentile(nanos, 0.5) * 1e6;
  }

  /** Reads every value of every row, as a client showing the result would. */
  static int drain(ResultSet rows) throws SQLException {
    try (rows) {
      int columns = rows.getMetaData().getColumnCount();
      int count = 0;
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          rows.getObject(c);
        }
        count++;
      }
      return count;
    }
  }
}
