package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement that differs from one planned before only in literals runs that plan with its
 * own values: proven by Calcite's hooks (no parse tree handed to the planner, no Java code
 * generated), by the requests the emulator received, and by the rows, which are those of the
 * same statement with the value bound to a {@code ?}.
 */
class PlanReuseTest {

  private static TestEmulator emulator;
  private static Connection connection;

  private final AtomicInteger plans = new AtomicInteger();
  private final AtomicInteger compiles = new AtomicInteger();
  private Hook.Closeable planHook;
  private Hook.Closeable compileHook;

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.demo();
    connection = emulator.connect("cacheTtl=0");
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @BeforeEach
  void count() {
    emulator.resetCounts();
    planHook = Hook.PARSE_TREE.addThread((Consumer<Object>) tree -> plans.incrementAndGet());
    compileHook = Hook.JAVA_PLAN.addThread((Consumer<Object>) code -> compiles.incrementAndGet());
  }

  @AfterEach
  void stopCounting() {
    planHook.close();
    compileHook.close();
  }

  private static List<String> rows(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return read(statement.executeQuery(sql));
    }
  }

  /** The rows of the statement with {@code value} bound to its one {@code ?}. */
  private static List<String> bound(String sql, Object value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, value);
      return read(statement.executeQuery());
    }
  }

  /** Rows of statements without ORDER BY, whose instances are read in parallel. */
  private static List<String> sorted(List<String> rows) {
    return rows.stream().sorted().toList();
  }

  private static List<String> read(ResultSet rows) throws SQLException {
    try (rows) {
      List<String> read = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(rows.getString(c)).append('|');
        }
        read.add(row.toString());
      }
      return read;
    }
  }

  @Test
  void aNewInstanceIdIsNotPlannedAgainAndFetchesOnlyItsInstance() throws SQLException {
    String shape = "SELECT number, usage FROM numbers WHERE instance_id = ";
    List<String> test = rows(shape + "'ccc-test'");
    assertEquals(1, plans.get());
    assertEquals(1, compiles.get());

    for (String id : List.of("ccc-hz-service", "ccc-nope", "ccc-cd-ops")) {
      emulator.resetCounts();
      List<String> rows = rows(shape + "'" + id + "'");
      assertEquals(1, emulator.totalCalls(), id);
      assertEquals(1, emulator.getInstanceCalls(id), id);
      assertEquals(bound(shape + "?", id), rows, id);
    }
    assertEquals(test, bound(shape + "?", "ccc-test"));
    // The bound statements planned their own shape; the literal ones none past the first.
    assertEquals(2, plans.get());
  }

  @Test
  void aJoinOfFourTablesIsPlannedOnce() throws SQLException {
    String shape = "SELECT i.name, a.user_id, n.number, g.skill_group_id FROM instances i"
        + " JOIN admins a ON a.instance_id = i.instance_id"
        + " JOIN numbers n ON n.instance_id = i.instance_id"
        + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
        + " WHERE i.instance_id = ";
    rows(shape + "'ccc-test'");
    emulator.resetCounts();

    List<String> rows = rows(shape + "'ccc-hz-service'");

    assertEquals(1, plans.get());
    assertTrue(emulator.getInstanceCalls("ccc-hz-service") > 0);
    assertEquals(0, emulator.getInstanceCalls("ccc-test"));
    assertEquals(sorted(bound(shape + "?", "ccc-hz-service")), sorted(rows));
  }

  @Test
  void anInListOfTheSameLengthIsPlannedOnceAndFetchesOnlyItsValues() throws SQLException {
    String shape = "SELECT instance_id, number FROM numbers WHERE instance_id IN ";
    rows(shape + "('ccc-test', 'ccc-hz-service')");
    emulator.resetCounts();

    List<String> rows = rows(shape + "('ccc-cd-ops', 'ccc-test')");

    assertEquals(1, plans.get());
    assertEquals(2, emulator.totalCalls());
    assertEquals(1, emulator.getInstanceCalls("ccc-cd-ops"));
    assertEquals(1, emulator.getInstanceCalls("ccc-test"));
    assertEquals(sorted(rows("SELECT instance_id, number FROM numbers"
        + " WHERE instance_id = 'ccc-cd-ops' OR instance_id = 'ccc-test'")), sorted(rows));

    rows(shape + "('ccc-cd-ops', 'ccc-test', 'ccc-hz-service')");
    assertEquals(3, plans.get());
  }

  @Test
  void aNewLimitAndOffsetReuseThePlanAndApply() throws SQLException {
    String shape = "SELECT instance_id, number FROM numbers ORDER BY number";
    List<String> all = rows(shape);
    rows(shape + " LIMIT 2 OFFSET 1");

    assertEquals(all.subList(0, 3), rows(shape + " LIMIT 3"));
    assertEquals(all.subList(2, 3), rows(shape + " LIMIT 1 OFFSET 2"));
    assertEquals(all.subList(1, all.size()), rows(shape + " LIMIT 1000 OFFSET 1"));
    assertEquals(List.of(), rows(shape + " LIMIT 0"));
    // Without, with LIMIT, with LIMIT and OFFSET, and LIMIT 0 (kept: nothing is read).
    assertEquals(4, plans.get());
  }

  @Test
  void numbersOfAnotherTypeArePlannedForTheirType() throws SQLException {
    String shape = "SELECT skill_group_id, user_count FROM number_skill_groups WHERE user_count ";
    rows(shape + "> 1");
    List<String> decimal = rows(shape + "> 1.5");
    List<String> sameDecimalType = rows(shape + "> 2.5");

    assertEquals(2, plans.get());
    // Of whole numbers, those above 1.5 are those from 2.
    assertEquals(sorted(bound(shape + ">= ?", 2)), sorted(decimal));
    assertEquals(sorted(bound(shape + ">= ?", 3)), sorted(sameDecimalType));
  }

  @Test
  void userParametersAndHiddenOnesWorkSideBySide() throws SQLException {
    String sql = "SELECT number FROM numbers WHERE instance_id = ? AND city <> '%s' LIMIT 5";
    for (String city : List.of("乐山", "")) {
      try (PreparedStatement statement = connection.prepareStatement(sql.formatted(city))) {
        assertEquals(1, statement.getParameterMetaData().getParameterCount());
        statement.setString(1, "ccc-hz-service");
        assertEquals(rows("SELECT number FROM numbers WHERE instance_id = 'ccc-hz-service'"
            + " AND city <> '" + city + "' LIMIT 5"), read(statement.executeQuery()));
      }
    }
  }

  @Test
  void labelsAndConstantFailuresAreThoseOfTheTextAsWritten() throws SQLException {
    String shape = "SELECT count(*), instance_id FROM numbers WHERE instance_id = ";
    for (String id : List.of("ccc-test", "ccc-hz-service")) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(shape + "'" + id + "' GROUP BY instance_id")) {
        assertEquals("count", rows.getMetaData().getColumnLabel(1));
      }
    }
    String constant = "SELECT number FROM number_skill_groups WHERE instance_id = 'ccc-test'"
        + " AND user_count > 1 / ";
    rows(constant + "1");
    SQLException e = assertThrows(SQLException.class, () -> rows(constant + "0"));
    assertEquals("22012", e.getSQLState(), e::toString);
  }

  @Test
  void aStringComparedWithANumberIsPlannedAsWritten() throws SQLException {
    String shape = "SELECT skill_group_id FROM number_skill_groups WHERE user_count = ";
    assertEquals(sorted(bound(shape + "?", 3)), sorted(rows(shape + "'3'")));
    assertEquals(sorted(bound(shape + "?", 1)), sorted(rows(shape + "'1'")));
    SQLException e = assertThrows(SQLException.class, () -> rows(shape + "'three'"));
    assertTrue(e.getMessage().contains("three"), e::getMessage);
  }

  @Test
  void explainShowsTheValuesAsWritten() throws SQLException {
    rows("SELECT * FROM numbers WHERE instance_id = 'ccc-test'");
    String plan = String.join("\n",
        rows("EXPLAIN PLAN FOR SELECT * FROM numbers WHERE instance_id = 'ccc-hz-service'"));

    assertTrue(plan.contains("ccc-hz-service"), plan);
  }
}
