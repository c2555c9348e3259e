package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameters bound as ORMs bind them: {@code LIMIT ?}, {@code OFFSET ?} and
 * {@code FETCH FIRST ? ROWS} take the {@code long} of jOOQ and Spring Data, the
 * {@code BigDecimal} or {@code String} of others, and refuse a negative or non-numeric value
 * with a clear SQLException; a {@code ?} nothing around it types is a VARCHAR, as in
 * PostgreSQL.
 */
class RowCountAndUntypedParametersTest {

  private static final String NUMBERS = "SELECT instance_id, number FROM numbers"
      + " ORDER BY instance_id, number";

  private static Connection connection;
  private static List<String> allNumbers;

  @BeforeAll
  static void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true");
    try (Statement statement = connection.createStatement()) {
      allNumbers = read(statement.executeQuery(NUMBERS));
    }
    assertTrue(allNumbers.size() > 5, "the demo has enough numbers to page through");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  static Stream<Arguments> rowCounts() {
    return Stream.of(
        Arguments.of("int", 2, 2),
        Arguments.of("long", 2L, 2),
        Arguments.of("short", (short) 3, 3),
        Arguments.of("byte", (byte) 1, 1),
        Arguments.of("BigDecimal", new BigDecimal("4"), 4),
        Arguments.of("BigDecimal with zero fraction", new BigDecimal("2.00"), 2),
        Arguments.of("BigInteger", BigInteger.TWO, 2),
        Arguments.of("String of digits", "3", 3),
        Arguments.of("long past int", Long.MAX_VALUE, Integer.MAX_VALUE),
        Arguments.of("zero", 0L, 0));
  }

  @ParameterizedTest(name = "LIMIT bound to {0}")
  @MethodSource("rowCounts")
  void limitTakesAnyIntegralValue(String kind, Object value, int rows) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(NUMBERS + " LIMIT ?")) {
      statement.setObject(1, value);
      assertEquals(first(rows, 0), read(statement.executeQuery()));
    }
  }

  @ParameterizedTest(name = "OFFSET bound to {0}")
  @MethodSource("rowCounts")
  void offsetTakesAnyIntegralValue(String kind, Object value, int rows) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(NUMBERS + " OFFSET ? ROWS")) {
      statement.setObject(1, value);
      assertEquals(first(Integer.MAX_VALUE, rows), read(statement.executeQuery()));
    }
  }

  @Test
  void limitAndOffsetAreBoundAsSpringDataAndJooqBindThem() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(NUMBERS + " LIMIT ? OFFSET ?")) {
      statement.setLong(1, 2L);
      statement.setLong(2, 3L);
      assertEquals(first(2, 3), read(statement.executeQuery()));
      statement.setBigDecimal(1, BigDecimal.ONE);
      statement.setString(2, "1");
      assertEquals(first(1, 1), read(statement.executeQuery()));
    }
    try (PreparedStatement statement = connection.prepareStatement(
        NUMBERS + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
      statement.setObject(1, 1L);
      statement.setShort(2, (short) 2);
      assertEquals(first(2, 1), read(statement.executeQuery()));
    }
  }

  @Test
  void limitWithoutOrderAndInsideASubqueryTakesALong() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT COUNT(*) FROM (SELECT number FROM numbers LIMIT ?) AS t")) {
      statement.setLong(1, 3L);
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(3, rows.getInt(1));
      }
    }
  }

  @Test
  void aNullLimitMeansNoLimitAsInPostgresql() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(NUMBERS + " LIMIT ? OFFSET ?")) {
      statement.setNull(1, Types.BIGINT);
      statement.setNull(2, Types.BIGINT);
      assertEquals(allNumbers, read(statement.executeQuery()));
    }
  }

  @Test
  void aLiteralLimitPastAnIntIsAccepted() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertEquals(allNumbers, read(statement.executeQuery(NUMBERS + " LIMIT 3000000000")));
      assertEquals(List.of(),
          read(statement.executeQuery(NUMBERS + " LIMIT 2 OFFSET 3000000000")));
    }
  }

  @Test
  void aNegativeLimitOrOffsetIsRefusedWithItsSqlState() throws SQLException {
    assertRefused(NUMBERS + " LIMIT ?", -1L, "2201W", "LIMIT must not be negative");
    assertRefused(NUMBERS + " OFFSET ? ROWS", -5, "2201X", "OFFSET must not be negative");
    assertRefused(NUMBERS + " FETCH FIRST ? ROWS ONLY", new BigDecimal("-2"), "2201W",
        "must not be negative");
  }

  @Test
  void aRowCountThatIsNotAWholeNumberIsRefused() throws SQLException {
    // Converted as any BIGINT parameter is (ParameterBinding), when it is bound.
    assertRefused(NUMBERS + " LIMIT ?", "ten", "22018", "'ten'");
    assertRefused(NUMBERS + " LIMIT ?", new BigDecimal("2.5"), "22018", "whole numbers");
    assertRefused(NUMBERS + " OFFSET ? ROWS", "2.5", "22018", "whole numbers");
  }

  @Test
  void aParameterNothingTypesIsAVarchar() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT ? AS tag, number FROM numbers WHERE instance_id = 'ccc-test'")) {
      assertEquals(Types.VARCHAR, statement.getParameterMetaData().getParameterType(1));
      statement.setString(1, "nightly");
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next());
        assertEquals("nightly", rows.getString("tag"));
      }
    }
  }

  @Test
  void caseBranchesOfParametersAreVarchars() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT number, CASE WHEN active THEN ? ELSE ? END AS state FROM numbers"
            + " WHERE instance_id = 'ccc-hz-service' ORDER BY number")) {
      assertEquals(Types.VARCHAR, statement.getParameterMetaData().getParameterType(1));
      assertEquals(Types.VARCHAR, statement.getParameterMetaData().getParameterType(2));
      statement.setString(1, "up");
      statement.setString(2, "down");
      List<String> states = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          states.add(rows.getString("state"));
        }
      }
      assertTrue(states.contains("up") && states.contains("down"), states::toString);
    }
  }

  @Test
  void aParameterTakesItsTypeFromWhatItMeets() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT number FROM number_skill_groups WHERE user_count > ? + 1")) {
      assertEquals(Types.INTEGER, statement.getParameterMetaData().getParameterType(1));
    }
  }

  private static void assertRefused(String sql, Object value, String sqlState, String says)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      // Refused when bound or when run, whichever first knows the value is wrong.
      SQLException e = assertThrows(SQLException.class, () -> {
        statement.setObject(1, value);
        read(statement.executeQuery());
      });
      assertInstanceOf(SQLDataException.class, e);
      assertEquals(sqlState, e.getSQLState(), e::toString);
      assertTrue(e.getMessage().contains(says), e::getMessage);
      assertFalse(e.getMessage().contains("ClassCastException"), e::getMessage);
    }
  }

  private static List<String> first(int count, int skip) {
    return allNumbers.stream().skip(skip).limit(count).toList();
  }

  private static List<String> read(ResultSet resultSet) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (resultSet) {
      while (resultSet.next()) {
        rows.add(resultSet.getString(1) + "/" + resultSet.getString(2));
      }
    }
    return rows;
  }
}
