package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.CapturedLogs;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A query the engine cannot plan fails with a short message naming what it lacks, never with
 * the planner's state dump (kilobytes that Spark would log three times over), in the message
 * or anywhere in the cause chain; the dump goes to the DEBUG log for whoever needs it.
 */
class PlanningFailureTest {

  private static final String MATCH_RECOGNIZE = "SELECT * FROM numbers MATCH_RECOGNIZE ("
      + "ORDER BY number MEASURES A.number AS n PATTERN (A B)"
      + " DEFINE A AS A.active, B AS NOT B.active)";

  @Test
  void anUnplannableQueryFailsShortlyAndLogsTheDumpAtDebug() throws SQLException {
    try (CapturedLogs logs = CapturedLogs.capture(SqlErrors.class.getName());
        Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true");
        Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> statement.executeQuery(MATCH_RECOGNIZE));

      assertEquals("0A000", e.getSQLState());
      assertTrue(e.getMessage().contains("MATCH_RECOGNIZE"), e.getMessage());
      int chain = 0;
      for (Throwable t = e; t != null; t = t.getCause()) {
        chain += String.valueOf(t.getMessage()).length();
      }
      assertTrue(chain < 500, "no dump in the cause chain: " + chain + " characters");
      assertTrue(logs.lines().stream().anyMatch(line -> line.startsWith("DEBUG")
          && line.contains("Missing conversion is LogicalMatch")), logs.lines().toString());
    }
  }

  @Test
  void anOverlongMessageIsCutInTheMiddle() {
    String message = "start " + "x".repeat(10_000) + " end";
    String shortened = SqlErrors.shorten(message);

    assertTrue(shortened.length() < 2_200, String.valueOf(shortened.length()));
    assertTrue(shortened.startsWith("start "));
    assertTrue(shortened.endsWith(" end"));
    assertTrue(shortened.contains("characters cut"));
  }
}
