package io.cccjdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.AllJar;
import io.cccjdbc.PostgresFront;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar ccc-jdbc-all.jar serve} as README.md gives it: PostgreSQL's binaries unpack
 * from the jar, the printed connection string works, and stopping the process (as Ctrl-C does)
 * shuts PostgreSQL down cleanly.
 */
class AllJarServeIT {

  private static final Pattern CONNECTION =
      Pattern.compile("postgresql://ccc:([^@]+)@127\\.0\\.0\\.1:(\\d+)/ccc");

  @Test
  void servesTheDemoAndStopsPostgresWhenStopped() throws Exception {
    Path directory = PostgresFront.freshDirectory("AllJarServeIT");
    int port = PostgresFront.freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process serve = new ProcessBuilder(List.of(java.toString(), "-jar", AllJar.path().toString(),
        "serve", "--port", Integer.toString(port), "--data-dir", directory.toString()))
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader output = new BufferedReader(
          new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder seen = new StringBuilder();
      Matcher connection = null;
      for (String line; (line = output.readLine()) != null; ) {
        seen.append(line).append('\n');
        Matcher match = CONNECTION.matcher(line);
        if (match.find()) {
          connection = match;
          break;
        }
      }
      assertTrue(connection != null, "no connection string in:\n" + seen);
      assertEquals(port, Integer.parseInt(connection.group(2)));
      Properties login = new Properties();
      login.setProperty("user", "ccc");
      login.setProperty("password", connection.group(1));
      // Directly, not through DriverManager: other tests of this JVM deregister drivers.
      try (Connection postgres = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:"
              + port + "/ccc", login);
          Statement statement = postgres.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM numbers")) {
        assertTrue(rows.next());
        assertEquals(11, rows.getLong(1));
      }
      serve.destroy();
      assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "serve stops on SIGTERM, as on Ctrl-C");
      assertFalse(directory.resolve("cluster").resolve("postmaster.pid").toFile().exists(),
          "PostgreSQL was shut down cleanly");
    } finally {
      serve.destroyForcibly();
    }
  }
}
