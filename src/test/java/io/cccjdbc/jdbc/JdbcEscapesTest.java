package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every scalar function of the JDBC specification's escape appendix, in the case tools write
 * it (upper, lower, mixed), and the {@code {oj}}, {@code {d}}, {@code {t}}, {@code {ts}},
 * {@code {escape}} and {@code {limit}} escapes, as Tableau, Power BI's generic connectors,
 * Crystal Reports and SQuirreL send them.
 */
class JdbcEscapesTest extends DemoConnectionTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // Numeric functions.
      "{fn ABS(-2)}                                         | 2",
      "{fn ACOS(1)}                                         | 0.0",
      "{fn ASIN(0)}                                         | 0.0",
      "{fn ATAN(0)}                                         | 0.0",
      "{fn ATAN2(0, 1)}                                     | 0.0",
      "{fn CEILING(1.2)}                                    | 2",
      "{fn COS(0)}                                          | 1.0",
      "{fn ROUND({fn COT(1)}, 4)}                           | 0.6421",
      "{fn DEGREES(0)}                                      | 0.0",
      "{fn EXP(0)}                                          | 1.0",
      "{fn FLOOR(1.7)}                                      | 1",
      "{fn LOG(1)}                                          | 0.0",
      "{fn LOG10(100)}                                      | 2.0",
      "{fn MOD(7, 3)}                                       | 1",
      "{fn ROUND({fn PI()}, 4)}                             | 3.1416",
      "{fn POWER(2, 3)}                                     | 8.0",
      "{fn RADIANS(0)}                                      | 0.0",
      "{fn RAND(1)} < 1                                     | true",
      "{fn ROUND(1.25, 1)}                                  | 1.30",
      "{fn SIGN(-3)}                                        | -1",
      "{fn SIN(0)}                                          | 0.0",
      "{fn SQRT(4)}                                         | 2.0",
      "{fn TAN(0)}                                          | 0.0",
      "{fn TRUNCATE(1.29, 1)}                               | 1.20",
      // String functions.
      "{fn ASCII('A')}                                      | 65",
      "{fn CHAR(65)}                                        | A",
      "{fn CHAR_LENGTH('abc')}                              | 3",
      "{fn CHARACTER_LENGTH('abc')}                         | 3",
      "{fn CONCAT('a', 'b')}                                | ab",
      "{fn DIFFERENCE('Robert', 'Rupert')}                  | 4",
      "{fn INSERT('abcdef', 2, 3, 'X')}                     | aXef",
      "{fn LCASE('AbC')}                                    | abc",
      "{fn LEFT('abc', 2)}                                  | ab",
      "{fn LENGTH('ab  ')}                                  | 2",
      "{fn LOCATE('b', 'abcb')}                             | 2",
      "{fn LOCATE('b', 'abcb', 3)}                          | 4",
      "{fn LTRIM('  a')}                                    | a",
      "{fn OCTET_LENGTH('abc')}                             | 3",
      "{fn POSITION('b' IN 'abc')}                          | 2",
      "{fn REPEAT('ab', 2)}                                 | abab",
      "{fn REPLACE('abc', 'b', 'x')}                        | axc",
      "{fn RIGHT('abc', 2)}                                 | bc",
      "{fn RTRIM('a  ')}                                    | a",
      "{fn SOUNDEX('Robert')}                               | R163",
      "{fn SPACE(2)}                                        | '  '",
      "{fn SUBSTRING('abcdef', 2, 3)}                       | bcd",
      "{fn UCASE('abc')}                                    | ABC",
      // Time and date functions.
      "{fn CURRENT_DATE()} IS NOT NULL                      | true",
      "{fn CURRENT_TIME()} IS NOT NULL                      | true",
      "{fn CURRENT_TIMESTAMP()} IS NOT NULL                 | true",
      "{fn CURDATE()} IS NOT NULL                           | true",
      "{fn CURTIME()} IS NOT NULL                           | true",
      "{fn NOW()} IS NOT NULL                               | true",
      "{fn DAYNAME(DATE '2020-07-01')}                      | Wed",
      "{fn DAYOFMONTH(DATE '2020-07-01')}                   | 1",
      "{fn DAYOFWEEK(DATE '2020-07-01')}                    | 4",
      "{fn DAYOFYEAR(DATE '2020-07-01')}                    | 183",
      "{fn EXTRACT(YEAR FROM DATE '2020-07-01')}            | 2020",
      "{fn HOUR(TIME '10:11:12')}                           | 10",
      "{fn MINUTE(TIME '10:11:12')}                         | 11",
      "{fn MONTH(DATE '2020-07-01')}                        | 7",
      "{fn MONTHNAME(DATE '2020-07-01')}                    | Jul",
      "{fn QUARTER(DATE '2020-07-01')}                      | 3",
      "{fn SECOND(TIME '10:11:12')}                         | 12",
      "{fn TIMESTAMPADD(SQL_TSI_DAY, 1, TIMESTAMP '2020-07-01 00:00:00')} | 2020-07-02 00:00:00",
      "{fn TIMESTAMPDIFF(SQL_TSI_HOUR, TIMESTAMP '2020-07-01 00:00:00',"
          + " TIMESTAMP '2020-07-02 00:00:00')}                 | 24",
      "{fn WEEK(DATE '2020-07-01')}                         | 27",
      "{fn YEAR(DATE '2020-07-01')}                         | 2020",
      // System functions.
      "{fn DATABASE()} IS NOT NULL                          | true",
      "{fn IFNULL(NULL, 'x')}                               | x",
      "{fn USER()} IS NOT NULL                              | true",
      // Conversion.
      "{fn CONVERT('12', SQL_INTEGER)} + 1                  | 13",
      "{fn CONVERT(12, SQL_VARCHAR)}                        | 12",
      "{fn CONVERT('2020-07-01', SQL_DATE)}                 | 2020-07-01",
      "{fn CONVERT('1.5', SQL_DOUBLE)}                      | 1.5",
      "{fn CONVERT(1, SQL_BIGINT)}                          | 1"})
  void everyScalarFunctionOfTheSpecificationRunsInAnyCase(String call, String expected)
      throws SQLException {
    for (String written : List.of(call, outsideQuotes(call, false), outsideQuotes(call, true))) {
      assertEquals(expected, scalar("SELECT " + written + " AS v"), written);
    }
  }

  @Test
  void escapesNestInsideEachOther() throws SQLException {
    assertEquals("ABC", scalar("SELECT {fn UCASE({fn CONCAT('a', {fn lcase('BC')})})} AS v"));
    assertEquals("2020", scalar("SELECT {fn year({d '2020-07-01'})} AS v"));
  }

  @Test
  void dateTimeAndTimestampLiteralsAreRead() throws SQLException {
    assertEquals("2020-07-01", scalar("SELECT {d '2020-07-01'} AS v"));
    assertEquals("10:11:12", scalar("SELECT {t '10:11:12'} AS v"));
    assertEquals("2020-07-01 10:11:12", scalar("SELECT {ts '2020-07-01 10:11:12'} AS v"));
  }

  @Test
  void anOuterJoinEscapeIsTheJoinItEncloses() throws SQLException {
    String plain = "SELECT i.instance_id, n.number FROM instances i"
        + " LEFT OUTER JOIN numbers n ON n.instance_id = i.instance_id ORDER BY 1, 2";
    String escaped = "SELECT i.instance_id, n.number FROM {oj instances i"
        + " LEFT OUTER JOIN numbers n ON n.instance_id = i.instance_id} ORDER BY 1, 2";
    assertEquals(rows(plain), rows(escaped));
    assertTrue(rows(escaped).size() > 1);
  }

  @Test
  void likeEscapeAndLimitEscapesAreRead() throws SQLException {
    assertEquals("true", scalar("SELECT '100%' LIKE '100\\%' {escape '\\'} AS v"));
    assertEquals("false", scalar("SELECT '1000' LIKE '100\\%' {escape '\\'} AS v"));
    assertEquals(2, rows("SELECT instance_id, name FROM instances ORDER BY 1 {limit 2}").size());
  }

  @Test
  void bracesInStringsNamesAndCommentsAreLeftAlone() throws SQLException {
    assertEquals("{oj x} {fn ucase(y)}",
        scalar("SELECT '{oj x} {fn ucase(y)}' AS v -- {oj\n"));
    assertEquals("1", scalar("SELECT \"{oj\" AS v FROM (VALUES 1) AS t(\"{oj\") /* {fn */"));
  }

  @Test
  void anUnknownEscapeFunctionIsNamedInTheError() {
    SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class,
        () -> scalar("SELECT {fn nosuch(1)} AS v"));
    assertTrue(e.getMessage().contains("{fn nosuch}"), e.getMessage());
  }

  @Test
  void anErrorAfterAnEscapeReportsItsOwnColumn() {
    SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class,
        () -> scalar("SELECT i.name FROM {oj instances i} WHERE nosuch = 1"));
    assertTrue(e.getMessage().contains("column 43"), e.getMessage());
  }

  /**
   * The call in lower case ({@code ucase('AbC')}), or with each word capitalised
   * ({@code Ucase('AbC')}); what is quoted stays as it is.
   */
  private static String outsideQuotes(String call, boolean capitalised) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    boolean wordStart = true;
    for (char c : call.toCharArray()) {
      quoted ^= c == '\'';
      out.append(quoted || c == '\'' ? c
          : capitalised && wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
      wordStart = !Character.isLetter(c);
    }
    return out.toString();
  }

  private static String scalar(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
      String value = rows.getString("v");
      assertNotNull(value, sql);
      assertFalse(rows.next());
      return value.endsWith(".0") && value.contains(":") ? value.substring(0, value.length() - 2)
          : value;
    }
  }

  private static List<List<String>> rows(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      while (resultSet.next()) {
        rows.add(List.of(String.valueOf(resultSet.getString(1)),
            String.valueOf(resultSet.getString(2))));
      }
    }
    return rows;
  }
}
