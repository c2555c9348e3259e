package io.cccjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code -all} jar first on the class path of a program of its own, as {@code java -cp}
 * runs it: it must leave the program's logging and {@code DriverManager} as they were.
 */
class AllJarInAHostProgramIT {

  private static final Duration LIMIT = Duration.ofSeconds(120);

  /** Logs through SLF4J 1.7, uses the driver with logHttp, then logs again. */
  private static final String LOGGING_PROGRAM = """
      import java.sql.*;
      public class LoggingProgram {
        public static void main(String[] args) throws Exception {
          org.slf4j.LoggerFactory.getLogger("app").info("application log line");
          try (Connection c = DriverManager.getConnection("jdbc:ccc:demo=true;logHttp=true");
              ResultSet rows = c.createStatement().executeQuery(
                  "SELECT count(*) FROM numbers WHERE instance_id = 'ccc-test'")) {
            rows.next();
            System.out.println("numbers " + rows.getInt(1));
          }
          org.slf4j.LoggerFactory.getLogger("app").info("application still logs");
        }
      }
      """;

  /** Uses the driver, then asks DriverManager what it has. */
  private static final String PLAIN_PROGRAM = """
      import java.sql.*;
      import java.util.Collections;
      public class PlainProgram {
        public static void main(String[] args) throws Exception {
          try (Connection c = DriverManager.getConnection("jdbc:ccc:demo=true");
              ResultSet rows = c.createStatement().executeQuery(
                  "SELECT count(*) FROM numbers WHERE instance_id = 'ccc-test'")) {
            rows.next();
            System.out.println("numbers " + rows.getInt(1));
          }
          for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            System.out.println("driver " + driver.getClass().getName());
          }
          try {
            DriverManager.getConnection("jdbc:calcite:").close();
            System.out.println("jdbc:calcite: connected");
          } catch (SQLException e) {
            System.out.println("jdbc:calcite: refused");
          }
        }
      }
      """;

  @TempDir
  Path programs;

  @Test
  void anSlf4j17ApplicationKeepsItsLoggingAndReceivesTheDriversLog() throws IOException {
    List<Path> classPath = new ArrayList<>(List.of(AllJar.path()));
    classPath.addAll(AllJar.hostLogging());

    ChildJvm.Result result = run("LoggingProgram", LOGGING_PROGRAM, classPath);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("INFO app - application log line"), result.output());
    assertTrue(result.output().contains("INFO app - application still logs"), result.output());
    assertTrue(result.output().contains("INFO io.cccjdbc.api.http - GetInstance"),
        "the driver's logHttp lines reach the application's SLF4J 1.7:\n" + result.output());
    assertTrue(result.output().contains("numbers 1"), result.output());
    assertFalse(result.output().contains("SLF4J:"), "no SLF4J warning:\n" + result.output());
  }

  @Test
  void aProgramWithoutLoggingPrintsOnlyItsOwnOutputAndGainsNoCalciteDriver()
      throws IOException {
    ChildJvm.Result result = run("PlainProgram", PLAIN_PROGRAM, List.of(AllJar.path()));

    assertEquals(0, result.exitCode(), result.output());
    assertEquals(List.of("numbers 1", "driver io.cccjdbc.jdbc.CccDriver",
        "jdbc:calcite: refused"), result.output().lines().toList());
  }

  private ChildJvm.Result run(String name, String source, List<Path> classPath)
      throws IOException {
    Path program = Files.writeString(programs.resolve(name + ".java"), source);
    ChildJvm.Result result = ChildJvm.runWithClassPath(LIMIT,
        String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
        program.toString());
    assertFalse(result.timedOut(), result.output());
    return result;
  }
}
