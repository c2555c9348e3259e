package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code getObject(column, Class)}, as Spring's row mappers, MyBatis' type handlers and jOOQ
 * read values: the conversions of the JDBC specification's tables, SQL NULL as null, and a
 * clear 22018 or 22003 where a value cannot become the class asked for.
 */
class GetObjectConversionTest {

  private static final String ROW = "SELECT 42 AS i, CAST(5000000000 AS BIGINT) AS big,"
      + " 'text' AS s, ' 17 ' AS n, TRUE AS b, 'yes' AS y, DATE '2020-07-01' AS d,"
      + " TIMESTAMP '2024-05-06 07:08:09.123' AS ts, TIME '07:08:09' AS t,"
      + " CAST(12.50 AS DECIMAL(5, 2)) AS amount, CAST(2.75 AS DOUBLE) AS dbl,"
      + " CAST(NULL AS INTEGER) AS nothing, number AS num, active"
      + " FROM numbers WHERE instance_id = 'ccc-test'";

  private static Connection connection;
  private static Statement statement;
  private ResultSet rows;

  @BeforeAll
  static void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true");
    statement = connection.createStatement();
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @BeforeEach
  void readTheRow() throws SQLException {
    rows = statement.executeQuery(ROW);
    assertTrue(rows.next());
  }

  @Test
  void numbersBecomeAnyNumberTypeExactly() throws SQLException {
    assertEquals(42, rows.getObject("i", Integer.class));
    assertEquals(42L, rows.getObject("i", Long.class));
    assertEquals((short) 42, rows.getObject("i", Short.class));
    assertEquals(new BigDecimal("42"), rows.getObject("i", BigDecimal.class));
    assertEquals(42.0, rows.getObject("i", Double.class));
    assertEquals("42", rows.getObject("i", String.class));
    assertEquals(5_000_000_000L, rows.getObject("big", Long.class));
    assertEquals(BigInteger.valueOf(5_000_000_000L), rows.getObject("big", BigInteger.class));
    assertEquals(new BigDecimal("12.50"), rows.getObject("amount", BigDecimal.class));
    assertEquals(12, rows.getObject("amount", Integer.class), "truncated, as getInt does");
    assertEquals(2.75, rows.getObject("dbl", Double.class));
    assertEquals(17, rows.getObject("n", Integer.class), "text that is a number");
  }

  @Test
  void booleansFromBooleansNumbersAndWords() throws SQLException {
    assertEquals(true, rows.getObject("b", Boolean.class));
    assertEquals(true, rows.getObject("y", Boolean.class));
    assertEquals(1, rows.getObject("b", Integer.class));
    assertEquals(rows.getBoolean("active"), rows.getObject("active", Boolean.class));
    assertEquals("true", rows.getObject("b", String.class));
  }

  @Test
  void timesBecomeJavaTimeTypesWhateverTheJvmZone() throws SQLException {
    TimeZone jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
    try {
      assertEquals(LocalDate.of(2020, 7, 1), rows.getObject("d", LocalDate.class));
      assertEquals(LocalDate.of(2020, 7, 1).atStartOfDay(),
          rows.getObject("d", LocalDateTime.class));
      LocalDateTime timestamp = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000);
      assertEquals(timestamp, rows.getObject("ts", LocalDateTime.class));
      assertEquals(timestamp.toLocalDate(), rows.getObject("ts", LocalDate.class));
      assertEquals(timestamp.atOffset(ZoneOffset.UTC),
          rows.getObject("ts", OffsetDateTime.class));
      assertEquals(timestamp.toInstant(ZoneOffset.UTC), rows.getObject("ts", Instant.class));
      assertEquals(LocalTime.of(7, 8, 9), rows.getObject("t", LocalTime.class));
      assertEquals(rows.getTimestamp("ts"),
          rows.getObject("ts", java.sql.Timestamp.class));
    } finally {
      TimeZone.setDefault(jvmZone);
    }
  }

  @Test
  void textStaysTextAndNullIsNull() throws SQLException {
    assertEquals("text", rows.getObject("s", String.class));
    assertEquals("text", rows.getObject(3, String.class));
    assertEquals(rows.getString("num"), rows.getObject("num", String.class));
    assertNull(rows.getObject("nothing", Integer.class));
    assertNull(rows.getObject("nothing", LocalDate.class));
  }

  @ParameterizedTest(name = "{0} as {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "s | java.lang.Integer | 22018",
      "s | java.lang.Boolean | 22018",
      "s | java.time.LocalDate | 22018",
      "big | java.lang.Integer | 22003",
      "i | java.time.LocalDate | 22018",
      "d | java.lang.Integer | 22018",
      "b | java.time.LocalTime | 22018",
      "i | java.lang.Thread | 22018"})
  void impossibleConversionsFailClearly(String column, Class<?> type, String state) {
    SQLException e = assertThrows(SQLException.class, () -> rows.getObject(column, type));

    assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains(type.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(column), e.getMessage());
  }
}
