package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameters bound with another setter than their type's (jOOQ's and Spring Data's {@code long}
 * limits and offsets, MyBatis' {@code setObject}, a string for a number): converted exactly as
 * JDBC's {@code setObject} table allows, or refused with an SQLState and a message that names the
 * parameter, never a bare ClassCastException and never a silently empty result.
 */
class ParameterBindingTest extends DemoConnectionTest {

  private static final String BY_USER_COUNT = "SELECT skill_group_id FROM number_skill_groups"
      + " WHERE user_count = ? ORDER BY skill_group_id";

  @Test
  void anIntegerParameterTakesAnyExactNumberOrNumericText() throws SQLException {
    List<String> expected = rows(BY_USER_COUNT, p -> p.setInt(1, 2));

    assertTrue(!expected.isEmpty());
    assertEquals(expected, rows(BY_USER_COUNT, p -> p.setLong(1, 2L)));
    assertEquals(expected, rows(BY_USER_COUNT, p -> p.setBigDecimal(1, new BigDecimal("2.0"))));
    assertEquals(expected, rows(BY_USER_COUNT, p -> p.setString(1, " 2 ")));
    assertEquals(expected, rows(BY_USER_COUNT, p -> p.setObject(1, (short) 2)));
    assertEquals(expected, rows(BY_USER_COUNT, p -> p.setObject(1, "2", Types.INTEGER)));
    assertEquals(expected, rows(BY_USER_COUNT, p -> p.setObject(1, 2L, JDBCType.BIGINT)));
  }

  @Test
  void limitAndOffsetTakeLongsAndDecimals() throws SQLException {
    String sql = "SELECT instance_id FROM instances ORDER BY instance_id LIMIT ? OFFSET ?";
    List<String> expected = rows(sql, p -> {
      p.setInt(1, 2);
      p.setInt(2, 1);
    });

    assertEquals(2, expected.size());
    assertEquals(expected, rows(sql, p -> {
      p.setLong(1, 2L);
      p.setLong(2, 1L);
    }));
    assertEquals(expected, rows(sql, p -> {
      p.setBigDecimal(1, BigDecimal.valueOf(2));
      p.setObject(2, BigDecimal.ONE);
    }));
  }

  @Test
  void textAndBooleanParametersTakeWhatJdbcConverts() throws SQLException {
    String byActive = "SELECT number FROM numbers WHERE active = ? ORDER BY number";
    List<String> active = rows(byActive, p -> p.setBoolean(1, true));
    assertEquals(active, rows(byActive, p -> p.setString(1, "true")));
    assertEquals(active, rows(byActive, p -> p.setInt(1, 1)));

    String byNumber = "SELECT number FROM numbers WHERE number = ?";
    assertEquals(List.of(), rows(byNumber, p -> p.setInt(1, 83)));
    assertEquals(List.of(), rows(byNumber, p -> p.setNull(1, Types.OTHER)));
  }

  @Test
  void aDateParameterTakesJavaTime() throws SQLException {
    String sql = "SELECT instance_id FROM instances WHERE DATE '2020-07-01' = ?";
    assertEquals(rows("SELECT instance_id FROM instances", p -> { }),
        rows(sql, p -> p.setObject(1, LocalDate.of(2020, 7, 1))));
    assertEquals(List.of(), rows(sql, p -> p.setObject(1, LocalDate.of(2020, 7, 2))));
  }

  @Test
  void whatCannotBeConvertedFailsNamingTheParameter() {
    assertFailure("22018", "'two'", p -> p.setString(1, "two"));
    assertFailure("22018", "2.5", p -> p.setDouble(1, 2.5));
    assertFailure("22003", "5000000000", p -> p.setLong(1, 5_000_000_000L));
    assertFailure("07006", "java.sql.Date", p -> p.setDate(1, new java.sql.Date(0)));
    assertFailure("07006", "java.lang.Object", p -> p.setObject(1, new Object()));
  }

  private static void assertFailure(String state, String shown, Binding binding) {
    SQLException e = assertThrows(SQLException.class, () -> rows(BY_USER_COUNT, binding));

    assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().startsWith("Parameter 1 (INTEGER)"), e.getMessage());
    assertTrue(e.getMessage().contains(shown), e.getMessage());
  }

  private static List<String> rows(String sql, Binding binding) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binding.bind(statement);
      List<String> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
      return rows;
    }
  }

  private interface Binding {
    void bind(PreparedStatement statement) throws SQLException;
  }
}
