package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Unfiltered queries find the account's instances through ListInstances, page by page, and
 * read every instance exactly once or fail: never a partial or doubled list.
 */
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

  /** One ListInstances answer with these instances, each {@code {"Id": id, "Name": name}}. */
  private static String page(Long totalCount, String list) {
    return "{\"RequestId\":\"R-page\",\"Code\":\"OK\",\"Data\":{\"PageSize\":100"
        + (totalCount == null ? "" : ",\"TotalCount\":" + totalCount)
        + (list == null ? "" : ",\"List\":" + list) + "}}";
  }

  private static String items(int from, int to, String name) {
    return IntStream.range(from, to)
        .mapToObj(i -> "{\"Id\":\"ccc-p" + i + "\",\"Name\":\"" + name + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /**
   * What a query of every instance gives when ListInstances answers with these pages, in order
   * (one call at a time, so the pages are asked for in order too).
   */
  private static long countWithPages(String... pages) throws SQLException {
    try (TestEmulator emulator = TestEmulator.start(Dataset.synthetic(0, 0, 1))) {
      for (String body : pages) {
        emulator.inject(FaultRule.next(1, Fault.respond(200, body)).onAction("ListInstances"));
      }
      try (Connection connection = emulator.connect("maxConcurrency=1", "maxRetries=0");
          Statement statement = connection.createStatement()) {
        return single(statement, "SELECT count(*) FROM instances");
      }
    }
  }

  private static SQLException failureWithPages(String... pages) {
    return assertThrows(SQLException.class, () -> countWithPages(pages));
  }

  @Test
  void aWholeListOnPageOneIsReadOnce() throws SQLException {
    assertEquals(120, countWithPages(page(120L, items(0, 120, "a"))));
  }

  @Test
  void withoutATotalPagesAreReadUntilAShortOne() throws SQLException {
    assertEquals(230, countWithPages(page(null, items(0, 100, "a")),
        page(null, items(100, 200, "a")), page(null, items(200, 230, "a"))));
  }

  @Test
  void aTotalTooLargeToReadFailsBeforeReadingOn() {
    SQLException e = failureWithPages(page((long) Integer.MAX_VALUE, items(0, 100, "a")));

    assertEquals("54000", e.getSQLState());
    assertTrue(e.getMessage().contains("maxApiCallsPerStatement"), e.getMessage());
  }

  @Test
  void anInstanceOnTwoPagesFailsRatherThanCountTwice() {
    SQLException e = failureWithPages(page(150L, items(0, 100, "a")),
        page(150L, items(99, 149, "b")));

    assertEquals("40001", e.getSQLState());
    assertTrue(e.getMessage().contains("lists Id [ccc-p99] twice"), e.getMessage());
    assertTrue(e.getMessage().contains("Run it again"), e.getMessage());
  }

  @Test
  void aShortPageBeforeTheTotalFails() {
    SQLException e = failureWithPages(page(150L, items(0, 60, "a")));

    assertEquals("40001", e.getSQLState());
    assertTrue(e.getMessage().contains("page 1 holds 60 items where TotalCount 150"),
        e.getMessage());
  }

  @Test
  void anIgnoredPageSizeFails() {
    SQLException e = failureWithPages(page(25L, items(0, 10, "a")),
        page(25L, items(10, 20, "a")), page(25L, items(20, 25, "a")));

    assertEquals("40001", e.getSQLState());
  }

  @Test
  void aTotalThatGrowsBetweenPagesFails() {
    SQLException e = failureWithPages(page(150L, items(0, 100, "a")),
        page(160L, items(100, 150, "a")));

    assertEquals("40001", e.getSQLState());
    assertTrue(e.getMessage().contains("TotalCount was 150 on page 1 but 160 on page 2"),
        e.getMessage());
  }

  @Test
  void aMissingListWithATotalFails() {
    SQLException e = failureWithPages(page(5L, null));

    assertEquals("40001", e.getSQLState());
    assertTrue(e.getMessage().contains("no List"), e.getMessage());
  }

  @Test
  void anEmptyPageBeforeTheTotalFails() {
    SQLException e = failureWithPages(page(150L, items(0, 100, "a")), page(150L, "[]"));

    assertEquals("40001", e.getSQLState());
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
      return rows.getLong(1);
    }
  }
}
