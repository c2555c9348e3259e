package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process demo emulator as a program that uses it sees it. */
class DemoEndpointTest {

  @Test
  void programUsingTheDemoEndsWhenItsMainMethodReturns(@TempDir Path dir) throws IOException {
    Path program = dir.resolve("UsesDemo.java");
    Files.writeString(program, """
        import java.sql.*;

        public class UsesDemo {
          public static void main(String[] args) throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM instances")) {
              rows.next();
              System.out.println("instances: " + rows.getInt(1));
            }
          }
        }
        """);

    ChildJvm.Result result = ChildJvm.run(Duration.ofSeconds(60), program.toString());

    assertFalse(result.timedOut(), "the JVM did not exit:\n" + result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("instances: 6"), result.output());
  }
}
