package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cccjdbc.H2Oracle;
import io.cccjdbc.PostgresFront;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The H2-compared corpus, asked of the real PostgreSQL that {@code serve} runs (through
 * postgres_fdw, the endpoint and the driver): the same rows as H2 holds and as the driver
 * returns when asked directly.
 */
class PostgresFrontComparisonTest {

  private static PostgresFront front;
  private static Connection postgres;
  private static Connection driver;
  private static H2Oracle oracle;

  @BeforeAll
  static void start() throws Exception {
    front = PostgresFront.start(Dataset.demo(),
        PostgresFront.freshDirectory(PostgresFrontComparisonTest.class.getSimpleName()));
    postgres = front.connect();
    driver = front.emulator().connect();
    oracle = H2Oracle.load(Dataset.demo());
  }

  @AfterAll
  static void stop() throws Exception {
    try (AutoCloseable a = postgres; AutoCloseable b = driver; AutoCloseable c = oracle) {
      front.close();
    }
  }

  static Stream<ComparedQuery> queries() {
    return H2DemoComparisonTest.queries();
  }

  /** PostgreSQL spells Calcite's and H2's DOUBLE as DOUBLE PRECISION; nothing else differs. */
  private static String inPostgres(String sql) {
    return sql.replace(" AS DOUBLE)", " AS DOUBLE PRECISION)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void postgresReturnsTheRowsOfH2AndOfTheDriver(ComparedQuery query) throws SQLException {
    List<List<Object>> bindings =
        query.bindings().isEmpty() ? List.of(List.of()) : query.bindings();
    try (PreparedStatement viaPostgres = postgres.prepareStatement(inPostgres(query.sql()));
        PreparedStatement viaDriver = driver.prepareStatement(query.sql());
        PreparedStatement inH2 = oracle.connection().prepareStatement(query.sql())) {
      for (List<Object> binding : bindings) {
        CanonicalRows h2 = read(inH2, binding, query);
        // PostgreSQL and the driver label unaliased expressions alike; H2 by their text.
        CanonicalRows expected = query.labels().isEmpty() ? h2 : h2.withLabels(query.labels());
        assertEquals(expected.describe(), read(viaPostgres, binding, query).describe(),
            () -> "PostgreSQL (actual) and H2 (expected) disagree on " + query);
        assertEquals(read(viaDriver, binding, query).describe(),
            read(viaPostgres, binding, query).describe(),
            () -> "PostgreSQL (actual) and the driver (expected) disagree on " + query);
      }
    }
  }

  private static CanonicalRows read(PreparedStatement statement, List<Object> binding,
      ComparedQuery query) throws SQLException {
    for (int i = 0; i < binding.size(); i++) {
      statement.setObject(i + 1, binding.get(i));
    }
    CanonicalRows rows = CanonicalRows.read(statement.executeQuery());
    return query.ordered() ? rows : rows.sorted();
  }
}
