package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each pushdown shape, proven by the number of requests the emulator received. */
class PushdownTest {

  private static TestEmulator emulator;
  private static Connection connection;

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.demo();
    // Pushdown is about what one statement fetches; the cache would hide it.
    connection = emulator.connect("cacheTtl=0");
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @BeforeEach
  void resetCounts() {
    emulator.resetCounts();
  }

  private static int count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      int n = 0;
      while (rows.next()) {
        n++;
      }
      return n;
    }
  }

  @Test
  void equalityFetchesOnlyThatInstance() throws SQLException {
    assertEquals(1, count("SELECT * FROM numbers WHERE instance_id = 'ccc-test'"));

    assertEquals(1, emulator.getInstanceCalls("ccc-test"));
    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void literalOnTheLeftIsPushedToo() throws SQLException {
    assertEquals(2, count("SELECT * FROM admins WHERE 'ccc-cd-ops' = instance_id"));

    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void orOfEqualitiesFetchesEachOnce() throws SQLException {
    assertEquals(4, count(
        "SELECT * FROM numbers WHERE instance_id = 'ccc-test' OR instance_id = 'ccc-hz-service'"
            + " OR instance_id = 'ccc-test'"));

    assertEquals(2, emulator.getInstanceCalls());
    assertEquals(1, emulator.getInstanceCalls("ccc-test"));
    assertEquals(1, emulator.getInstanceCalls("ccc-hz-service"));
  }

  @Test
  void longInListStaysPushedInsteadOfBecomingAJoin() throws SQLException {
    List<String> ids = new ArrayList<>(List.of("ccc-test", "ccc-cd-ops"));
    IntStream.range(0, 40).forEach(i -> ids.add("ccc-missing-" + i));
    String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));

    assertEquals(4, count("SELECT * FROM numbers WHERE instance_id IN (" + in + ")"));

    assertEquals(42, emulator.getInstanceCalls());
    assertEquals(0, emulator.listInstancesCalls());
  }

  @Test
  void preparedParameterIsBoundAtExecution() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT count(*) FROM numbers WHERE instance_id = ?")) {
      for (String id : List.of("ccc-hz-service", "ccc-global-sales", "ccc-hz-service")) {
        emulator.resetCounts();
        statement.setString(1, id);
        try (ResultSet rows = statement.executeQuery()) {
          assertTrue(rows.next());
          assertEquals(3, rows.getInt(1));
        }
        assertEquals(1, emulator.getInstanceCalls(id));
        assertEquals(1, emulator.totalCalls());
      }
    }
  }

  @Test
  void inListOfParametersFetchesEachBoundValue() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT number FROM numbers WHERE instance_id IN (?, ?)")) {
      statement.setString(1, "ccc-test");
      statement.setString(2, "ccc-gz-new");
      try (ResultSet rows = statement.executeQuery()) {
        int n = 0;
        while (rows.next()) {
          n++;
        }
        assertEquals(2, n);
      }
    }
    assertEquals(2, emulator.getInstanceCalls());
    assertEquals(1, emulator.getInstanceCalls("ccc-test"));
    assertEquals(1, emulator.getInstanceCalls("ccc-gz-new"));
  }

  @Test
  void filterOnOneTableReachesAllFourJoinedTablesAndFetchesOnce() throws SQLException {
    assertEquals(6, count("SELECT i.name, a.user_id, n.number, g.skill_group_id"
        + " FROM instances i"
        + " JOIN admins a ON a.instance_id = i.instance_id"
        + " JOIN numbers n ON n.instance_id = i.instance_id"
        + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
        + " WHERE i.instance_id = 'ccc-hz-service'"));

    assertEquals(1, emulator.getInstanceCalls("ccc-hz-service"));
    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void aFilterOnAJoinKeyThatIsNotABoundStaysWhereItIs() throws SQLException {
    // Calcite's general transitive rule spun for seconds on this shape (casts, COALESCE).
    assertEquals(1, count("SELECT n.number FROM numbers n JOIN admins a"
        + " ON a.instance_id = n.instance_id AND a.user_id = n.user_id"
        + " WHERE n.instance_id = 'ccc-test' AND COALESCE(n.user_id, '') <> ''"));

    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void selfJoinFetchesTheInstanceOnce() throws SQLException {
    assertEquals(9, count("SELECT a.number, b.number FROM numbers a"
        + " JOIN numbers b ON a.instance_id = b.instance_id"
        + " WHERE a.instance_id = 'ccc-cd-ops'"));

    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void likeOnInstanceIdScansAllInstancesAndFiltersAfter() throws SQLException {
    assertEquals(3, count("SELECT * FROM numbers WHERE instance_id LIKE 'ccc-c%'"));

    assertEquals(1, emulator.listInstancesCalls());
    assertEquals(6, emulator.getInstanceCalls());
  }

  @Test
  void unfilteredInstancesAndAdminsNeedOnlyTheInstanceList() throws SQLException {
    assertEquals(6, count("SELECT * FROM instances"));
    assertEquals(1, emulator.listInstancesCalls());
    assertEquals(0, emulator.getInstanceCalls());

    emulator.resetCounts();
    assertEquals(7, count("SELECT * FROM admins"));
    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void unfilteredNumbersFetchEveryInstanceOnceAfterListingThem() throws SQLException {
    assertEquals(11, count("SELECT * FROM numbers n JOIN instances i"
        + " ON i.instance_id = n.instance_id"));

    assertEquals(1, emulator.listInstancesCalls());
    assertEquals(6, emulator.getInstanceCalls());
  }

  @Test
  void alwaysFalseFilterMakesNoCall() throws SQLException {
    assertEquals(0, count("SELECT * FROM number_skill_groups WHERE 1 <> 1"));
    assertEquals(0, count("SELECT * FROM numbers WHERE instance_id = 'a' AND instance_id = 'b'"));

    assertEquals(0, emulator.totalCalls());
  }

  @Test
  void anEmptyInstanceIdNamesNoInstanceAndIsNotAsked() throws SQLException {
    assertEquals(0, count("SELECT * FROM instances WHERE instance_id = ''"));
    assertEquals(1, count("SELECT * FROM instances WHERE instance_id IN ('', 'ccc-test')"));

    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void unknownInstanceIsNoRowsNotAnError() throws SQLException {
    assertEquals(0, count("SELECT * FROM instances WHERE instance_id = 'ccc-nope'"));

    assertEquals(1, emulator.getInstanceCalls("ccc-nope"));
  }

  @Test
  void explainShowsThePushedIdsAndParameters() throws SQLException {
    String plan = explain("SELECT * FROM numbers WHERE instance_id IN ('ccc-test', 'b''c')");
    assertTrue(plan.contains("CccTableScan(table=[[ccc, numbers]], instanceIds=[['ccc-test', 'b''c']])"),
        plan);

    try (PreparedStatement statement = connection.prepareStatement(
        "EXPLAIN PLAN FOR SELECT * FROM admins WHERE instance_id = ? OR instance_id = 'x'")) {
      statement.setString(1, "y");
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        String withParameter = rows.getString(1);
        assertTrue(withParameter.contains("instanceIds=[[?0, 'x']]"), withParameter);
      }
    }

    String unfiltered = explain("SELECT * FROM numbers WHERE city LIKE '%'");
    assertTrue(unfiltered.contains("CccTableScan(table=[[ccc, numbers]])"), unfiltered);
    assertEquals(0, emulator.totalCalls());
  }

  private static String explain(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      assertTrue(rows.next());
      return rows.getString(1);
    }
  }
}
