package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance with 50,000 numbers is read whole within the default answer-size limit; an
 * answer above the limit fails with an error that says so and how to raise it, and is not
 * sent again.
 */
class LargeInstanceTest {

  private static final String SQL =
      "SELECT count(*), count(DISTINCT number) FROM numbers WHERE instance_id = 'ccc-syn-00000'";

  private static TestEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = TestEmulator.start(Dataset.synthetic(1, 50_000, 17));
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void fiftyThousandNumbersAreReadWhole() throws SQLException {
    try (Connection connection = emulator.connect("cacheTtl=0");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SQL)) {
      rows.next();
      assertEquals(50_000, rows.getLong(1));
      assertEquals(50_000, rows.getLong(2));
    }
  }

  @Test
  void anAnswerAboveTheLimitIsRefusedWithHowToRaiseIt() throws SQLException {
    emulator.resetCounts();
    try (Connection connection = emulator.connect("cacheTtl=0", "maxResponseMegabytes=1");
        Statement statement = connection.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> statement.executeQuery(SQL));

      assertTrue(e.getMessage().contains("above the limit of 1048576 bytes"), e.getMessage());
      assertTrue(e.getMessage().contains("maxResponseMegabytes"), e.getMessage());
      assertEquals(1, emulator.getInstanceCalls());
    }
  }
}
