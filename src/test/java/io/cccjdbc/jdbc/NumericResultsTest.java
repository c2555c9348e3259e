package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers come out as PostgreSQL computes them: statistics of integers are not truncated,
 * sums of integers do not wrap, and arithmetic that cannot be done fails with the SQLState
 * that says why (22003, 22012, 22018, 21000) and a short message, never a wrong number.
 */
class NumericResultsTest extends DemoConnectionTest {

  @Test
  void avgOfIntegersKeepsItsFraction() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT AVG(x) AS mean FROM (VALUES 3, 4) AS t(x)")) {
      assertEquals(Types.DOUBLE, rows.getMetaData().getColumnType(1));
      assertTrue(rows.next());
      assertEquals(3.5, rows.getDouble("mean"));
    }
  }

  @Test
  void spreadOfIntegersIsNotTruncated() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT STDDEV_SAMP(x) AS s, STDDEV_POP(x) AS p,"
            + " VAR_SAMP(x) AS vs, VAR_POP(x) AS vp, COVAR_POP(x, x) AS c"
            + " FROM (VALUES 3, 4, 4, 5) AS t(x)")) {
      assertTrue(rows.next());
      for (int column = 1; column <= 5; column++) {
        assertEquals(Types.DOUBLE, rows.getMetaData().getColumnType(column));
      }
      assertEquals(Math.sqrt(2.0 / 3), rows.getDouble("s"), 1e-12);
      assertEquals(Math.sqrt(0.5), rows.getDouble("p"), 1e-12);
      assertEquals(2.0 / 3, rows.getDouble("vs"), 1e-12);
      assertEquals(0.5, rows.getDouble("vp"), 1e-12);
      assertEquals(0.5, rows.getDouble("c"), 1e-12);
    }
  }

  @Test
  void avgOfDecimalsKeepsMoreDigitsThanItsArgument() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT AVG(x * 1.0) AS mean FROM (VALUES 1, 2, 2) AS t(x)")) {
      assertTrue(rows.next());
      assertEquals(new BigDecimal("1.6666666667"),
          rows.getBigDecimal("mean").setScale(10, RoundingMode.HALF_UP));
    }
  }

  @Test
  void aComparisonWithAnAverageSelectsTheRowsBelowIt() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT x FROM (VALUES 3, 4) AS t(x)"
            + " WHERE x < (SELECT AVG(y) FROM (VALUES 3, 4) AS u(y))")) {
      assertTrue(rows.next());
      assertEquals(3, rows.getInt(1));
      assertFalse(rows.next());
    }
  }

  @Test
  void sumOfIntegersIsABigintThatDoesNotWrap() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT SUM(x) AS total FROM (VALUES 2147483647, 1) AS t(x)")) {
      assertEquals(Types.BIGINT, rows.getMetaData().getColumnType(1));
      assertTrue(rows.next());
      assertEquals(2147483648L, rows.getLong("total"));
    }
  }

  @Test
  void sumOfATableColumnIsABigint() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT SUM(user_count) AS users, AVG(user_count) AS mean FROM number_skill_groups")) {
      assertEquals(Types.BIGINT, rows.getMetaData().getColumnType(1));
      assertEquals(Types.DOUBLE, rows.getMetaData().getColumnType(2));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "SELECT x * x FROM (VALUES 100000) AS t(x)                     | 22003",
      "SELECT x + 1 FROM (VALUES 2147483647) AS t(x)                 | 22003",
      "SELECT -x - 2 FROM (VALUES 2147483647) AS t(x)                | 22003",
      "SELECT 2147483647 + 1                                         | 22003",
      "SELECT CAST(x AS SMALLINT) FROM (VALUES 40000) AS t(x)        | 22003",
      "SELECT user_count * 2000000000 FROM number_skill_groups       | 22003",
      "SELECT x / 0 FROM (VALUES 1) AS t(x)                          | 22012",
      "SELECT 1 / 0                                                  | 22012",
      "SELECT MOD(x, 0) FROM (VALUES 7) AS t(x)                      | 22012",
      "SELECT x / 0.0 FROM (VALUES 1) AS t(x)                        | 22012",
      "SELECT CAST('prod' AS INTEGER)                                | 22018",
      "SELECT CAST(x AS INTEGER) FROM (VALUES 'prod') AS t(x)        | 22018",
      "SELECT CAST(name AS INTEGER) FROM instances                   | 22018",
      "SELECT CAST(x AS DATE) FROM (VALUES 'tomorrow') AS t(x)       | 22007",
      "SELECT (SELECT number FROM numbers) AS n                      | 21000",
      "SELECT i.instance_id, (SELECT n.number FROM numbers n"
          + " WHERE n.instance_id = i.instance_id) FROM instances i  | 21000"})
  void whatCannotBeComputedFailsWithItsSqlState(String sql, String sqlState) throws SQLException {
    for (int run = 1; run <= 2; run++) {
      try (Statement statement = connection.createStatement()) {
        SQLException e = assertThrows(SQLException.class, () -> readAll(statement, sql));
        assertEquals(sqlState, e.getSQLState(), e::toString);
        assertFalse(e.getMessage().contains("java.lang"), e::getMessage);
        assertFalse(e.getMessage().contains("Unexpected"), e::getMessage);
        assertTrue(e.getMessage().length() < 200, e::getMessage);
        if (sqlState.startsWith("22")) {
          assertInstanceOf(SQLDataException.class, e);
        }
      }
    }
  }

  @Test
  void aStatementStillRunsAfterADataError() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThrows(SQLException.class, () -> readAll(statement, "SELECT 1 / 0"));
      try (ResultSet rows = statement.executeQuery("SELECT 6 / 3 AS q")) {
        assertTrue(rows.next());
        assertEquals(2, rows.getInt("q"));
      }
    }
  }

  private static void readAll(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        rows.getObject(1);
      }
    }
  }
}
