package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.H2Oracle;
import io.cccjdbc.Rows;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.HistorySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Time filters become the requests' windows, and wide windows are cut as the API's limits
 * need, proven by the windows the emulator received; a scan without a lower bound is refused
 * before any call. The connection is in UTC, so wall clocks and instants read alike.
 */
class TimeWindowPushdownTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final String BUSY = "ccc-syn-00000";
  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;

  private static Dataset dataset;
  private static TestEmulator emulator;
  private static Connection connection;

  @BeforeAll
  static void start() throws SQLException {
    // More than 10,000 calls in 30 days: more than one request can list.
    dataset = Dataset.withHistory(Dataset.synthetic(2, 1, 5, 7),
        HistorySpec.of(NOW, 30, 420, 11).onlyFor(BUSY));
    emulator = TestEmulator.start(dataset);
    connection = emulator.connect("cacheTtl=0", "timeZone=UTC", "maxRequestsPerSecond=10000",
        "maxApiCallsPerStatement=2000");
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.resetCounts();
  }

  private static final DateTimeFormatter SQL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private static String at(Instant instant) {
    return "TIMESTAMP '" + SQL_TIME.format(instant) + "'";
  }

  private static List<long[]> windows(String action) {
    return emulator.received(action).stream().map(p -> new long[] {
        Long.parseLong(p.get("StartTime")), Long.parseLong(p.get("EndTime"))}).toList();
  }

  private static int count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return Rows.count(statement, sql);
    }
  }

  @Test
  void eachFilterFormBecomesTheWindow() throws SQLException {
    Instant from = NOW.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Instant to = NOW.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    String where = " FROM call_detail_records WHERE instance_id = '" + BUSY + "' AND ";
    for (String filter : List.of("start_time >= " + at(from) + " AND start_time <= " + at(to),
        "start_time > " + at(from) + " AND start_time < " + at(to),
        "start_time BETWEEN " + at(from) + " AND " + at(to),
        at(to) + " >= start_time AND " + at(from) + " <= start_time")) {
      emulator.resetCounts();
      count("SELECT contact_id" + where + filter);
      long[] window = windows("ListCallDetailRecordsV2").get(0);
      assertEquals(from.toEpochMilli() - 1, window[0], filter);
      assertEquals(to.toEpochMilli() + 1, window[1], filter);
    }
  }

  @Test
  void aWindowOfAShapePlannedBeforeIsItsOwnWindow() throws SQLException {
    String shape = "SELECT contact_id FROM call_detail_records WHERE instance_id = '" + BUSY
        + "' AND start_time >= %s AND start_time < %s";
    AtomicInteger plans = new AtomicInteger();
    try (Hook.Closeable hook =
        Hook.PARSE_TREE.addThread((Consumer<Object>) tree -> plans.incrementAndGet())) {
      for (int daysAgo : new int[] {3, 5, 4}) {
        Instant from = NOW.minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.HOURS);
        Instant to = from.plus(Duration.ofHours(6));
        emulator.resetCounts();
        count(shape.formatted(at(from), at(to)));
        long[] window = windows("ListCallDetailRecordsV2").get(0);
        assertEquals(from.toEpochMilli() - 1, window[0], "days ago: " + daysAgo);
        assertEquals(to.toEpochMilli() + 1, window[1], "days ago: " + daysAgo);
      }
    }
    assertEquals(1, plans.get());
  }

  @Test
  void anOpenEndedWindowEndsWhenTheStatementStarted() throws SQLException {
    long before = System.currentTimeMillis();
    count("SELECT * FROM instance_reports_daily WHERE stats_time >= CURRENT_TIMESTAMP"
        + " - INTERVAL '7' DAY AND instance_id = '" + BUSY + "'");
    long after = System.currentTimeMillis();

    long[] window = windows("ListIntervalInstanceReport").get(0);
    assertTrue(window[1] >= before && window[1] <= after, "ends now: " + window[1]);
    assertTrue(Math.abs(window[0] + 1 - (window[1] - 7 * DAY)) < 2_000, "starts 7 days before");
  }

  @Test
  void aParameterBoundAtExecutionIsTheWindow() throws SQLException {
    Instant from = NOW.minus(Duration.ofDays(5));
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT count(*) FROM call_detail_records WHERE start_time >= ? AND instance_id = ?")) {
      statement.setTimestamp(1, Timestamp.from(from));
      statement.setString(2, BUSY);
      statement.executeQuery().close();
      assertEquals(from.toEpochMilli() - 1, windows("ListCallDetailRecordsV2").get(0)[0]);

      emulator.resetCounts();
      statement.setTimestamp(1, null);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        assertEquals(0, rows.getLong(1), "a NULL bound matches nothing");
      }
      assertEquals(0, emulator.totalCalls());
    }
  }

  @Test
  void aJoinOnTheTimeColumnGivesTheOtherSideItsWindow() throws SQLException {
    count("SELECT d.stats_time, h.stats_time FROM instance_reports_daily d"
        + " JOIN instance_reports_hourly h ON h.instance_id = d.instance_id"
        + " AND h.stats_time = d.stats_time"
        + " WHERE d.stats_time >= " + at(NOW.minus(Duration.ofDays(4)))
        + " AND d.instance_id = '" + BUSY + "'");

    List<Map<String, String>> sent = emulator.received("ListIntervalInstanceReport");
    assertEquals(List.of("Daily", "Hourly"),
        sent.stream().map(p -> p.get("Interval")).sorted().toList());
  }

  @Test
  void dailyReportsOf400DaysAreCutInto180DayWindowsOnWholeHours() throws SQLException {
    count("SELECT * FROM instance_reports_daily WHERE stats_time >= "
        + at(NOW.minus(Duration.ofDays(400))) + " AND instance_id = '" + BUSY + "'");

    List<long[]> windows = windows("ListIntervalInstanceReport");
    assertEquals(3, windows.size());
    for (long[] window : windows) {
      assertTrue(window[1] - window[0] <= 180 * DAY, "at most 180 days");
      assertEquals(0, window[0] % HOUR, "starts on the hour");
    }
  }

  @Test
  void hourlyReportsOf30DaysAreCutInto10DayWindowsAndMatchH2() throws SQLException {
    Instant end = NOW.truncatedTo(ChronoUnit.HOURS);
    String sql = "SELECT stats_time, overall_total_calls FROM instance_reports_hourly"
        + " WHERE stats_time >= " + at(end.minus(Duration.ofDays(30)))
        + " AND stats_time < " + at(end) + " AND instance_id = '" + BUSY + "'";
    int rows = count(sql);

    assertEquals(3, windows("ListIntervalInstanceReport").size());
    assertEquals(h2Count(sql), rows);
  }

  @Test
  void aWindowOfMoreCallsThanOneRequestListsIsCutAndEveryCallReadOnce() throws SQLException {
    String sql = "SELECT contact_id FROM call_detail_records WHERE start_time >= "
        + at(NOW.minus(Duration.ofDays(40))) + " AND instance_id = '" + BUSY + "'";
    int rows = count(sql);

    assertTrue(rows > 10_000, rows + " calls");
    assertEquals(h2Count(sql), rows);
    assertTrue(emulator.received("ListCallDetailRecordsV2").stream()
        .allMatch(p -> Integer.parseInt(p.get("PageNumber")) <= 100));
    assertTrue(windows("ListCallDetailRecordsV2").stream().map(w -> w[0]).distinct().count() > 1,
        "the window was cut");
    try (Statement statement = connection.createStatement();
        ResultSet distinct = statement.executeQuery("SELECT count(DISTINCT contact_id) FROM ("
            + sql + ")")) {
      distinct.next();
      assertEquals(rows, distinct.getInt(1), "no call twice");
    }
  }

  @Test
  void aScanWithoutALowerBoundIsRefusedBeforeAnyCallAndAFalseOneCostsNothing() throws SQLException {
    for (String table : List.of("call_detail_records", "instance_reports_daily",
        "instance_reports_hourly", "agent_reports_daily")) {
      String column = table.equals("call_detail_records") ? "start_time" : "stats_time";
      SQLException e = assertThrows(SQLException.class, () -> count("SELECT * FROM " + table
          + " WHERE " + column + " <= CURRENT_TIMESTAMP"));
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().contains("needs a lower bound on " + column), e.getMessage());
      assertTrue(e.getMessage().contains("WHERE " + column + " >= "), e.getMessage());

      assertEquals(0, count("SELECT * FROM " + table + " WHERE 1 <> 1"));
    }
    assertEquals(0, emulator.totalCalls());
  }

  private static int h2Count(String sql) throws SQLException {
    try (H2Oracle oracle = H2Oracle.load(dataset, ZoneOffset.UTC);
        Statement statement = oracle.connection().createStatement()) {
      return Rows.count(statement, sql);
    }
  }
}
