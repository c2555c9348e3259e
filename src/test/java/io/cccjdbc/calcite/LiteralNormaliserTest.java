package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.calcite.parser.CccSqlParserImpl;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.junit.jupiter.api.Test;

/** Which literals become hidden parameters, and what key statements share a plan under. */
class LiteralNormaliserTest {

  private static final SqlParser.Config PARSER = SqlParser.config()
      .withParserFactory(CccSqlParserImpl.FACTORY)
      .withQuoting(Quoting.DOUBLE_QUOTE)
      .withUnquotedCasing(Casing.TO_LOWER)
      .withQuotedCasing(Casing.UNCHANGED)
      .withCaseSensitive(false)
      .withConformance(SqlConformanceEnum.LENIENT);

  private static NormalisedStatement normalise(String sql) {
    try {
      return LiteralNormaliser.normalise(sql, SqlParser.create(sql, PARSER).parseStmt(),
          new JavaTypeFactoryImpl(CccTypeSystem.INSTANCE));
    } catch (SqlParseException e) {
      throw new AssertionError(e);
    }
  }

  private static String masked(String sql) {
    NormalisedStatement statement = normalise(sql);
    return statement == null ? sql : statement.key().maskedSql();
  }

  private static void sameKey(String sql, String sibling) {
    assertEquals(normalise(sql).key(), normalise(sibling).key());
  }

  private static void otherKey(String sql, String sibling) {
    NormalisedStatement one = normalise(sql);
    NormalisedStatement other = normalise(sibling);
    assertNotEquals(one == null ? sql : one.key(), other == null ? sibling : other.key());
  }

  @Test
  void aComparedStringIsAParameterAndSiblingsShareOneKey() {
    NormalisedStatement statement =
        normalise("SELECT * FROM numbers WHERE instance_id = 'ccc-a'");

    assertEquals("SELECT * FROM numbers WHERE instance_id = ?", statement.key().maskedSql());
    assertEquals(List.of("ccc-a"), statement.values());
    sameKey("SELECT * FROM numbers WHERE instance_id = 'ccc-a'",
        "SELECT * FROM numbers WHERE instance_id = 'ccc-hz-service'");
    sameKey("SELECT * FROM numbers WHERE 'x' = instance_id",
        "SELECT * FROM numbers WHERE '' = instance_id");
  }

  @Test
  void eachComparisonBetweenLikeAndHavingLiteralIsAParameter() {
    assertEquals("SELECT a FROM t WHERE a <> ? AND b < ? AND c LIKE ? AND d BETWEEN ? AND ?"
            + " AND e IS DISTINCT FROM ? GROUP BY a HAVING count(*) >= ?",
        masked("SELECT a FROM t WHERE a <> 'x' AND b < 5 AND c LIKE 'a%' AND d BETWEEN 1 AND 9"
            + " AND e IS DISTINCT FROM 'y' GROUP BY a HAVING count(*) >= 2"));
    assertEquals("SELECT a FROM t JOIN u ON u.a = t.a AND u.b = ?"
            + " WHERE t.a IN (SELECT a FROM v WHERE c = ?)",
        masked("SELECT a FROM t JOIN u ON u.a = t.a AND u.b = 'q'"
            + " WHERE t.a IN (SELECT a FROM v WHERE c = 3)"));
    // A condition inside an expression is a condition; the CASE's results stay.
    assertEquals("SELECT a FROM t WHERE CASE WHEN a = ? THEN 1 ELSE 2 END = b",
        masked("SELECT a FROM t WHERE CASE WHEN a = 'x' THEN 1 ELSE 2 END = b"));
  }

  @Test
  void literalsThatTypeOrShapeThePlanStay() {
    for (String sql : List.of(
        "SELECT 1 AS uno, 'x', a + 2 FROM t",
        "SELECT a, count(*) FROM t GROUP BY 1 ORDER BY 2",
        "SELECT a FROM t WHERE CAST(a AS INTEGER) + 1 = CAST('7' AS INTEGER)",
        "SELECT a FROM t WHERE a = 1 / 0",
        "SELECT a FROM t WHERE a = 'ccc-' || 'test'",
        "SELECT a FROM t WHERE 1 = 0",
        "SELECT a FROM t WHERE a = NULL OR b = TRUE OR c IS NULL",
        "SELECT a FROM t WHERE t > CURRENT_TIMESTAMP - INTERVAL '1' DAY",
        "SELECT a FROM t WHERE a = 'padded ' OR a = N'x' OR a = _UTF8'y' OR a = X'ab'",
        "SELECT a FROM t WHERE substring(a, 2) = b AND CASE WHEN a IS NULL THEN 1 END = b",
        "SELECT a FROM t WHERE t > TIMESTAMP '2024-01-01 10:00:00.123456'",
        "SELECT a FROM t WHERE d = {d '2024-01-01'} OR t = {ts '2024-01-01 10:00:00'}",
        "SELECT a FROM t LIMIT 0",
        "VALUES (1, 'x')",
        "EXPLAIN PLAN FOR SELECT * FROM t WHERE a = 'x' LIMIT 3")) {
      assertEquals(sql, masked(sql));
    }
  }

  @Test
  void numbersOfAnotherTypeHaveAnotherKey() {
    String prefix = "SELECT a FROM t WHERE n = ";
    sameKey(prefix + "5", prefix + "-12");
    sameKey(prefix + "2.5", prefix + "7.1");
    otherKey(prefix + "5", prefix + "2.5");
    otherKey(prefix + "2.5", prefix + "2.50");
    otherKey(prefix + "5", prefix + "5000000000");
    otherKey(prefix + "5", prefix + "5e0");
    otherKey(prefix + "5", prefix + "'5'");
    assertEquals(List.of(5, 5_000_000_000L, new BigDecimal("2.50"), 1000.0),
        normalise("SELECT a FROM t WHERE n = 5 AND m = 5000000000 AND d = 2.50 AND e = 1e3")
            .values());
  }

  @Test
  void datesAndTimesAreTheirLocalValues() {
    NormalisedStatement statement = normalise("SELECT a FROM t WHERE d = DATE '1970-01-03'"
        + " AND t >= TIMESTAMP '1970-01-01 00:00:01' AND s < TIME '00:01:00'");

    assertEquals("SELECT a FROM t WHERE d = ? AND t >= ? AND s < ?",
        statement.key().maskedSql());
    assertEquals(List.of(2, 1000L, 60_000), statement.values());
    otherKey("SELECT a FROM t WHERE t >= TIMESTAMP '2024-01-01 00:00:00'",
        "SELECT a FROM t WHERE t >= DATE '2024-01-01'");
  }

  @Test
  void inListsOfOneLengthShareAKeyAndLongListsStay() {
    sameKey("SELECT a FROM t WHERE a IN ('x', 'y')", "SELECT a FROM t WHERE a IN ('p', 'q')");
    otherKey("SELECT a FROM t WHERE a IN ('x', 'y')",
        "SELECT a FROM t WHERE a IN ('x', 'y', 'z')");
    assertEquals("SELECT a FROM t WHERE a NOT IN (?, ?)",
        masked("SELECT a FROM t WHERE a NOT IN ('x', 'y')"));
    String notAllLiterals = "SELECT a FROM t WHERE a IN ('x', b)";
    assertEquals(notAllLiterals, masked(notAllLiterals));
    String longList = "SELECT a FROM t WHERE a IN (" + IntStream
        .range(0, EnumerableRewrites.IN_LIST_THRESHOLD)
        .mapToObj(i -> "'v" + i + "'").collect(Collectors.joining(", ")) + ")";
    assertEquals(longList, masked(longList));
  }

  @Test
  void limitAndOffsetAreParametersUnlessTheLimitIsZero() {
    NormalisedStatement statement =
        normalise("SELECT a FROM t WHERE a = 'x' ORDER BY a LIMIT 10 OFFSET 20");

    assertEquals("SELECT a FROM t WHERE a = ? ORDER BY a LIMIT ? OFFSET ?",
        statement.key().maskedSql());
    // OFFSET first, as the parser lists them.
    assertEquals(List.of(20L, 10L, "x"), statement.values());
    sameKey("SELECT a FROM t LIMIT 1", "SELECT a FROM t LIMIT 1000");
    otherKey("SELECT a FROM t LIMIT 1", "SELECT a FROM t LIMIT 0");
  }

  @Test
  void boundsCalciteSimplifiesByValueStay() {
    for (String sql : List.of(
        "SELECT a FROM t WHERE instance_id = 'a' AND instance_id = 'b'",
        "SELECT a FROM t WHERE instance_id IN ('a', 'b') AND instance_id = 'c'",
        "SELECT a FROM t WHERE n > 8 AND n < 3",
        "SELECT a FROM t WHERE n BETWEEN 5 AND 3",
        "SELECT a FROM t WHERE s > 'm' AND s < 'x'")) {
      assertEquals(sql, masked(sql));
    }
    assertEquals("SELECT a FROM t WHERE t >= ? AND t < ? AND instance_id = ?",
        masked("SELECT a FROM t WHERE t >= TIMESTAMP '2024-01-01 00:00:00'"
            + " AND t < TIMESTAMP '2024-01-02 00:00:00' AND instance_id = 'a'"));
    assertEquals("SELECT a FROM t WHERE instance_id = ? OR instance_id = ?",
        masked("SELECT a FROM t WHERE instance_id = 'a' OR instance_id = 'b'"));
  }

  @Test
  void userParametersKeepTheirIndexes() {
    NormalisedStatement statement =
        normalise("SELECT a FROM t WHERE b = 'x' AND a = ? AND c = 4 LIMIT ?");

    assertEquals("SELECT a FROM t WHERE b = ? AND a = ? AND c = ? LIMIT ?",
        statement.key().maskedSql());
    assertFalse(statement.isHidden(0));
    assertFalse(statement.isHidden(1));
    assertTrue(statement.isHidden(2));
    assertEquals(List.of("x", 4), statement.values());
  }

  @Test
  void theKeyIsTheWholeTextAcrossLines() {
    sameKey("SELECT a\r\nFROM t\nWHERE a = 'x'\rAND b = 1",
        "SELECT a\r\nFROM t\nWHERE a = 'yy'\rAND b = 22");
    otherKey("SELECT a FROM t WHERE a = 'x' -- one\n", "SELECT a FROM t WHERE a = 'x' -- two\n");
    assertNull(normalise("SELECT a FROM t"));
  }
}
