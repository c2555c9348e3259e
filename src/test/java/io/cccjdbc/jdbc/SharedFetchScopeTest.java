package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Statements in one fetch scope make each request once, as the scans of one statement do. */
class SharedFetchScopeTest {

  private static final String SQL = "SELECT * FROM numbers WHERE instance_id = 'ccc-hz-service'";

  @Test
  void statementsInAScopeShareTheirCallsEvenWithTheCacheOff() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect("cacheTtl=0")) {
      try (CccConnection.FetchScope scope = connection.unwrap(CccConnection.class).shareFetches();
          Statement first = connection.createStatement();
          Statement second = connection.createStatement()) {
        assertEquals(3, Rows.count(first, SQL));
        assertEquals(3, Rows.count(second, SQL));
        first.close();
        assertEquals(3, Rows.count(second, SQL), "a closed statement leaves the scope working");
      }
      assertEquals(1, emulator.getInstanceCalls());

      try (Statement after = connection.createStatement()) {
        Rows.count(after, SQL);
        Rows.count(after, SQL);
      }
      assertEquals(3, emulator.getInstanceCalls(), "outside a scope each execution fetches");
    }
  }

  @Test
  void oneScopeAtATime() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect()) {
      CccConnection ccc = connection.unwrap(CccConnection.class);
      try (CccConnection.FetchScope scope = ccc.shareFetches()) {
        assertThrows(IllegalStateException.class, ccc::shareFetches);
      }
      ccc.shareFetches().close();
    }
  }
}
