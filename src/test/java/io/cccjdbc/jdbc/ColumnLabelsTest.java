package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Columns are labelled as PostgreSQL labels them, so that {@code rs.getInt("count")} after
 * {@code SELECT count(*)} finds its column; common words are names ({@code AS count},
 * {@code AS value}); a word that stays reserved is named in the error with how to quote it.
 */
class ColumnLabelsTest extends DemoConnectionTest {

  @Test
  void aggregatesAreLabelledAfterTheirFunction() throws SQLException {
    assertEquals(List.of("count", "sum", "max", "min", "avg", "count"), labels(
        "SELECT COUNT(*), SUM(user_count), MAX(user_count), MIN(user_count), AVG(user_count),"
            + " COUNT(DISTINCT number) FROM number_skill_groups"));
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM numbers")) {
      assertTrue(rows.next());
      assertTrue(rows.getInt("count") > 0);
    }
  }

  @Test
  void columnsKeepTheirNameAndFunctionsTakeTheirs() throws SQLException {
    assertEquals(List.of("number", "instance_id", "upper", "coalesce", "substring", "char_length"),
        labels("SELECT n.number, instance_id, UPPER(city), COALESCE(city, province),"
            + " SUBSTRING(number FROM 1 FOR 3), CHAR_LENGTH(number) FROM numbers n"));
  }

  @Test
  void castsCaseAndSubqueriesAreLabelledAsInPostgresql() throws SQLException {
    assertEquals(List.of("user_count", "int4", "case", "count", "exists", "rank"), labels(
        "SELECT CAST(user_count AS VARCHAR(10)), CAST('7' AS INTEGER),"
            + " CASE WHEN user_count > 2 THEN 'many' END, (SELECT COUNT(*) FROM numbers),"
            + " EXISTS (SELECT 1 FROM admins), RANK() OVER (ORDER BY user_count)"
            + " FROM number_skill_groups"));
  }

  @Test
  void anythingElseIsColumnQuestionMark() throws SQLException {
    assertEquals(List.of("?column?", "?column?", "?column?", "?column?"), labels(
        "SELECT user_count + 1, 'x', user_count IS NULL, number || '/' FROM number_skill_groups"));
  }

  @Test
  void escapesAreLabelledAfterTheFunctionTheyStandFor() throws SQLException {
    assertEquals(List.of("upper", "coalesce"),
        labels("SELECT {fn UCASE(city)}, {fn IFNULL(city, 'x')} FROM numbers"));
  }

  @Test
  void anAliasIsKeptAsWritten() throws SQLException {
    assertEquals(List.of("numbers", "Mixed Case"),
        labels("SELECT COUNT(*) AS numbers, MAX(number) AS \"Mixed Case\" FROM numbers"));
  }

  @Test
  void aLabelCanBeReferredToFromOutside() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT t.count, t.sum FROM (SELECT COUNT(*), SUM(user_count)"
                + " FROM number_skill_groups) AS t ORDER BY count")) {
      assertTrue(rows.next());
      assertTrue(rows.getLong("count") > 0 && rows.getLong("sum") > 0);
    }
  }

  @ParameterizedTest(name = "AS {0}")
  @ValueSource(strings = {"count", "value", "rank", "year", "month", "day", "hour", "prev",
      "running", "sum", "max", "min", "avg", "start", "end", "result", "position", "user",
      "lower", "upper", "row_number"})
  void commonWordsAreNamesUnquoted(String word) throws SQLException {
    assertEquals(List.of(word), labels("SELECT number AS " + word + " FROM numbers"));
    assertEquals(List.of(word, "n"), labels("SELECT t." + word + ", COUNT(*) AS n FROM"
        + " (SELECT number AS " + word + " FROM numbers) AS t GROUP BY t." + word
        + " ORDER BY " + word));
  }

  @Test
  void caseStillEndsWithEnd() throws SQLException {
    assertEquals(List.of("end", "state"), labels("SELECT number AS end,"
        + " CASE WHEN active THEN 'up' ELSE 'down' END AS state FROM numbers"));
  }

  @ParameterizedTest(name = "AS {0}")
  @ValueSource(strings = {"date", "time", "timestamp", "interval", "row"})
  void aReservedWordIsNamedWithHowToQuoteIt(String word) throws SQLException {
    SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class,
        () -> labels("SELECT number AS " + word + " FROM numbers"));
    assertTrue(e.getMessage().contains('"' + word + "\" is a reserved word"), e.getMessage());
    assertTrue(e.getMessage().contains("AS \"" + word + '"'), e.getMessage());
    assertFalse(e.getMessage().contains("Was expecting"), e.getMessage());
    assertEquals(List.of(word), labels("SELECT number AS \"" + word + "\" FROM numbers"));
  }

  @Test
  void aReservedWordAfterADotIsNamedToo() {
    SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class,
        () -> labels("SELECT n.date FROM numbers AS n"));
    assertTrue(e.getMessage().contains("\"date\" is a reserved word"), e.getMessage());
    assertTrue(e.getMessage().contains("column 10"), e.getMessage());
  }

  private static List<String> labels(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        labels.add(meta.getColumnLabel(i));
      }
      return labels;
    }
  }
}
