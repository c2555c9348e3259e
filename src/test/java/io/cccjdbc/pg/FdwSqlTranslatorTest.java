package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * postgres_fdw's SQL (as its deparser writes it) becomes the driver's SQL with the same meaning;
 * what has none fails. The queries through a real PostgreSQL are in PostgresFrontComparisonTest.
 */
class FdwSqlTranslatorTest {

  private static String sql(String postgres) {
    return FdwSqlTranslator.translate(postgres).sql();
  }

  @Test
  void namesAreQuotedSoThatCalciteReservedWordsStayNames() {
    assertEquals("SELECT \"instance_id\", \"value\", \"year\" FROM \"ccc\".\"numbers\"",
        sql("SELECT instance_id, value, year FROM ccc.numbers"));
  }

  @Test
  void catalogNamesThatArePostgresKeywordsStayNamesExceptWhereTheKeywordStands() {
    assertEquals("SELECT \"first\", \"zone\" FROM \"t\" ORDER BY \"first\" ASC NULLS FIRST",
        FdwSqlTranslator.translate("SELECT first, zone FROM t ORDER BY first ASC NULLS FIRST",
            Set.of("first", "zone", "t")).sql());
  }

  @Test
  void textLiteralsLoseTheirCastAndKeepQuotesAndBackslashes() {
    assertEquals("SELECT \"number\" FROM \"ccc\".\"numbers\" WHERE ((\"instance_id\" ="
        + " 'it''s\\x'))",
        sql("SELECT number FROM ccc.numbers WHERE ((instance_id = E'it\\'s\\\\x'::text))"));
  }

  @Test
  void anyOverAnArrayIsAnInList() {
    assertEquals("SELECT \"number\" FROM \"ccc\".\"numbers\" WHERE ((\"instance_id\" IN ('a',"
        + " 'b c', NULL)))",
        sql("SELECT number FROM ccc.numbers WHERE ((instance_id = ANY ('{a,\"b"
            + " c\",NULL}'::text[])))"));
    assertEquals("SELECT \"number\" FROM \"ccc\".\"numbers\" WHERE ((\"instance_id\" IN ('x',"
        + " 'y')))",
        sql("SELECT number FROM ccc.numbers WHERE ((instance_id = ANY (ARRAY['x'::text,"
            + " 'y'::text])))"));
    assertEquals("SELECT \"number\" FROM \"ccc\".\"numbers\" WHERE ((\"city\" NOT IN ('x')))",
        sql("SELECT number FROM ccc.numbers WHERE ((city <> ALL ('{x}'::text[])))"));
  }

  @Test
  void parametersBecomeMarksWithTheirTypes() {
    TranslatedQuery query = FdwSqlTranslator.translate(
        "SELECT number FROM ccc.numbers WHERE ((instance_id = $2::text)) AND ((user_count >"
            + " $1::integer))");
    assertEquals("SELECT \"number\" FROM \"ccc\".\"numbers\" WHERE ((\"instance_id\" = CAST(?"
        + " AS VARCHAR)))"
        + " AND ((\"user_count\" > CAST(? AS INTEGER)))", query.sql());
    assertEquals(List.of(2, 1),
        query.parameters().stream().map(TranslatedQuery.Parameter::number).toList());
  }

  @Test
  void limitLosesItsCastAndOrderKeepsNullsPlacement() {
    assertEquals("SELECT \"number\" FROM \"ccc\".\"numbers\" ORDER BY \"city\" ASC NULLS LAST"
        + " LIMIT 3",
        sql("SELECT number FROM ccc.numbers ORDER BY city ASC NULLS LAST LIMIT 3::bigint"));
  }

  @Test
  void likeKeepsPostgresBackslashEscapes() {
    assertEquals("SELECT 1 FROM \"t\" WHERE ((\"a\" LIKE 'x%'))",
        sql("SELECT 1 FROM t WHERE ((a ~~ 'x%'::text))"));
    assertEquals("SELECT 1 FROM \"t\" WHERE ((\"a\" NOT LIKE '50\\%q' ESCAPE '\\'))",
        sql("SELECT 1 FROM t WHERE ((a !~~ E'50\\\\%\\\\q'::text))"));
    assertEquals("SELECT 1 FROM \"t\" WHERE ((\"a\" LIKE CAST(? AS VARCHAR) ESCAPE '\\'))",
        sql("SELECT 1 FROM t WHERE ((a ~~ $1::text))"));
  }

  @Test
  void castsOfExpressionsAndTemporalLiterals() {
    assertEquals("SELECT CAST(\"user_count\" AS DOUBLE), CAST((\"a\" + 1) AS BIGINT) FROM \"t\""
            + " WHERE ((\"ts\" >= TIMESTAMP '2024-01-02 03:04:05')) AND ((\"d\" = DATE"
            + " '2024-01-02'))",
        sql("SELECT user_count::double precision, (a + 1)::bigint FROM t"
            + " WHERE ((ts >= '2024-01-02 03:04:05'::timestamp without time zone))"
            + " AND ((d = '2024-01-02'::date))"));
  }

  @Test
  void joinsKeepTheirShape() {
    assertEquals("SELECT r1.\"number\", r2.\"skill_group_id\" FROM (\"ccc\".\"numbers\" r1"
            + " INNER JOIN \"ccc\".\"number_skill_groups\" r2 ON (((r1.\"instance_id\" ="
            + " r2.\"instance_id\"))"
            + " AND ((r1.\"number\" = r2.\"number\"))))",
        sql("SELECT r1.number, r2.skill_group_id FROM (ccc.numbers r1 INNER JOIN"
            + " ccc.number_skill_groups r2 ON (((r1.instance_id = r2.instance_id))"
            + " AND ((r1.number = r2.number))))").replace("\"r1\"", "r1").replace("\"r2\"", "r2"));
  }

  @Test
  void aggregatesAverageAsDoubleAndTruncateDatesByFloor() {
    assertEquals("SELECT count(*), AVG(CAST(\"user_count\" AS DOUBLE)), FLOOR(\"ts\" TO MONTH)"
        + " FROM \"t\"",
        sql("SELECT count(*), avg(user_count), date_trunc('month'::text, ts) FROM t"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 day|INTERVAL '1' DAY(9)",
      "-30 days|INTERVAL '-30' DAY(9)",
      "1 mon|INTERVAL '1' MONTH(9)",
      "1 year 2 mons|INTERVAL '14' MONTH(9)",
      "01:30:00|INTERVAL '5400' SECOND(10, 6)",
      "2 days -00:00:01.5|INTERVAL '172798.5' SECOND(10, 6)"})
  void intervalsBecomeTheDriversLiterals(String postgres, String driver) {
    assertEquals("SELECT (\"ts\" + " + driver + ") FROM \"t\"",
        sql("SELECT (ts + '" + postgres + "'::interval) FROM t"));
  }

  @Test
  void weeksStartOnMondayWhateverTheDriversWeek() {
    assertEquals("SELECT TIMESTAMPADD(DAY, -MOD(DAYOFWEEK(\"ts\") + 5, 7), FLOOR(\"ts\" TO DAY))"
        + " FROM \"t\"", sql("SELECT date_trunc('week'::text, ts) FROM t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 1 FROM t WHERE ((a ~ 'x'::text))",
      "SELECT 1 FROM t WHERE ((a = ANY ($1::text[])))",
      "SELECT 1 FROM t WHERE ((a < ANY ('{x}'::text[])))",
      "SELECT (ts + '1 mon 2 days'::interval) FROM t",
      "SELECT a::interval FROM t",
      "SELECT (a FROM t"})
  void whatHasNoFaithfulTranslationFails(String postgres) {
    UntranslatableSqlException e =
        assertThrows(UntranslatableSqlException.class, () -> sql(postgres));
    assertTrue(e.getMessage().contains("cannot translate"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}|0",
      "{a,b}|2",
      "{\"a,b\",c}|2",
      "{\"x\\\"y\"}|1"})
  void arrayLiteralsAreReadAsPostgresReadsThem(String literal, int count) {
    assertEquals(count, ArrayElements.literal(literal).size());
  }

  @Test
  void arrayLiteralTellsNullFromQuotedNull() {
    assertEquals(java.util.Arrays.asList(null, "NULL", "x\"y"),
        ArrayElements.literal("{NULL,\"NULL\",\"x\\\"y\"}"));
  }
}
