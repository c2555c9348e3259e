package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.AllJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that queries through the driver and returns from {@code main} ends by itself:
 * neither the driver's threads nor the demo emulator's keep the JVM alive.
 */
class ApplicationExitIT {

  private static final String PROGRAM = """
      import java.sql.*;

      public class Report {
        public static void main(String[] args) throws Exception {
          try (Connection c = DriverManager.getConnection("jdbc:ccc:demo=true");
              Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT count(*) FROM numbers")) {
            r.next();
            System.out.println("numbers=" + r.getLong(1));
          }
          Connection forgotten = DriverManager.getConnection("jdbc:ccc:demo=true");
          forgotten.createStatement().executeQuery("SELECT * FROM admins").next();
        }
      }
      """;

  @Test
  void aProgramExitsWhenMainReturnsEvenWithAConnectionLeftOpen(@TempDir Path dir)
      throws Exception {
    Path source = Files.writeString(dir.resolve("Report.java"), PROGRAM);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = dir.resolve("output.txt");
    Process program = new ProcessBuilder(List.of(java.toString(), "-cp",
        AllJar.path().toString(), source.toString()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    program.getOutputStream().close();

    boolean ended = program.waitFor(2, TimeUnit.MINUTES);
    program.destroyForcibly();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(ended, "still running: " + output);
    assertEquals(0, program.exitValue(), output);
    assertTrue(output.contains("numbers=11"), output);
  }
}
