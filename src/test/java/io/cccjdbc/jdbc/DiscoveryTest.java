package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Unfiltered queries find the account's instances through ListInstances, page by page. */
class DiscoveryTest {

  @Test
  void everyPageIsReadOnceAndEveryInstanceFetchedOnce() throws SQLException {
    try (TestEmulator emulator = TestEmulator.start(Dataset.synthetic(250, 2, 7));
        Connection connection = emulator.connect("maxRequestsPerSecond=1000");
        Statement statement = connection.createStatement()) {
      assertEquals(250, single(statement, "SELECT count(*) FROM instances"));
      assertEquals(3, emulator.listInstancesCalls());
      assertEquals(0, emulator.getInstanceCalls());

      emulator.resetCounts();
      assertEquals(500, single(statement, "SELECT count(*) FROM numbers n"
          + " JOIN instances i ON i.instance_id = n.instance_id"));
      assertEquals(0, emulator.listInstancesCalls(), "the pages are cached");
      assertEquals(250, emulator.getInstanceCalls());
      assertEquals(1, emulator.getInstanceCalls("ccc-syn-00249"));
    }
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
      return rows.getLong(1);
    }
  }
}
