package io.cccjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.AllJar;
import io.cccjdbc.jdbc.CccDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shell runs from the relocated jar alone: java -jar ccc-jdbc-all.jar -e "...". */
class AllJarShellIT {

  private static final String COUNT = "SELECT count(*) FROM numbers";

  @Test
  void countQueryPrintsTheCount() throws Exception {
    String output = countInTheShell();

    Pattern countCell = Pattern.compile("\\|\\s*" + expectedCount() + "\\s*\\|");
    assertTrue(countCell.matcher(output).find(), output);
  }

  /**
   * Calcite's catalogues of rules make every rule it has when first touched, some 700 classes
   * a new JVM would load for nothing ({@code PlannerRules}); the shell's first query must not.
   */
  @Test
  void firstQueryLoadsNoneOfCalcitesRuleCatalogues() throws Exception {
    Path log = Files.createTempFile("ccc-classes", ".log");
    try {
      countInTheShell("-Xlog:class+load=info:file=" + log);

      String loaded = Files.readString(log);
      assertTrue(loaded.contains(" org.apache.calcite.plan.volcano.VolcanoPlanner "), loaded);
      for (String catalogue : List.of("org.apache.calcite.rel.rules.CoreRules",
          "org.apache.calcite.plan.RelOptRules", "org.apache.calcite.tools.Programs")) {
        assertFalse(loaded.contains(" " + catalogue + " "), catalogue + " was loaded");
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Runs the count in the shell of a new JVM with these options; returns what it printed. */
  private static String countInTheShell(String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", AllJar.path().toString(), "-e", COUNT + ";"));
    Process shell = new ProcessBuilder(command).redirectErrorStream(true).start();
    shell.getOutputStream().close();
    String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(shell.waitFor(2, TimeUnit.MINUTES), output);
    assertEquals(0, shell.exitValue(), output);
    return output;
  }

  private static long expectedCount() throws Exception {
    try (Connection connection = new CccDriver().connect(CccShell.DEMO_URL, new Properties());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(COUNT)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
