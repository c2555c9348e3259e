package io.cccjdbc.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, printed as one Markdown table with the machine they came from. */
final class Report {

  private record Row(String scenario, String measure, String value, String target, String met) {
  }

  private final List<Row> rows = new ArrayList<>();

  /** A figure with no target, given for scale. */
  void add(String scenario, String measure, String value) {
    rows.add(new Row(scenario, measure, value, "", ""));
    System.out.printf(Locale.ROOT, "  %-28s %-52s %s%n", scenario, measure, value);
  }

  void add(String scenario, String measure, String value, String target, boolean met) {
    rows.add(new Row(scenario, measure, value, target, met ? "yes" : "**no**"));
    System.out.printf(Locale.ROOT, "  %-28s %-52s %s (target %s: %s)%n", scenario, measure, value,
        target, met ? "met" : "MISSED");
  }

  String markdown() {
    StringBuilder out = new StringBuilder()
        .append("Run on ").append(LocalDate.now()).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB max heap, Java ")
        .append(System.getProperty("java.version")).append(" (")
        .append(System.getProperty("java.vm.name")).append("), ")
        .append(ManagementFactory.getOperatingSystemMXBean().getName()).append(' ')
        .append(System.getProperty("os.arch")).append(".\n\n")
        .append("| Scenario | Measure | Value | Target | Met |\n|---|---|---|---|---|\n");
    for (Row row : rows) {
      out.append("| ").append(row.scenario()).append(" | ").append(row.measure()).append(" | ")
          .append(row.value()).append(" | ").append(row.target()).append(" | ")
          .append(row.met()).append(" |\n");
    }
    return out.toString();
  }

  static String millis(double value) {
    return String.format(Locale.ROOT, "%.2f ms", value);
  }

  static double percentile(List<Long> nanos, double fraction) {
    List<Long> sorted = new ArrayList<>(nanos);
    sorted.sort(null);
    int index = (int) Math.ceil(fraction * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }
}
