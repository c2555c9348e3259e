package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cccjdbc.H2Oracle;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One dataset served by an emulator and read through the driver, and the same dataset loaded
 * into H2; a query passes when both give the same rows.
 */
final class DriverAgainstH2 implements AutoCloseable {

  private final TestEmulator emulator;
  private final Connection driver;
  private final H2Oracle oracle;

  private DriverAgainstH2(TestEmulator emulator, Connection driver, H2Oracle oracle) {
    this.emulator = emulator;
    this.driver = driver;
    this.oracle = oracle;
  }

  /** {@code connectionSettings} are extra {@code key=value}s for the driver's URL. */
  static DriverAgainstH2 start(Dataset dataset, String... connectionSettings) throws SQLException {
    H2Oracle oracle = H2Oracle.load(dataset);
    TestEmulator emulator = TestEmulator.start(dataset);
    try {
      return new DriverAgainstH2(emulator, emulator.connect(connectionSettings), oracle);
    } catch (SQLException | RuntimeException e) {
      emulator.close();
      oracle.close();
      throw e;
    }
  }

  void assertSameRows(ComparedQuery query) throws SQLException {
    if (query.bindings().isEmpty()) {
      try (Statement fromDriver = driver.createStatement();
          Statement fromH2 = oracle.connection().createStatement()) {
        compare(query, List.of(), CanonicalRows.read(fromDriver.executeQuery(query.sql())),
            CanonicalRows.read(fromH2.executeQuery(query.sql())));
      }
      return;
    }
    // One statement per side for all bindings: re-executing with new values is part of the test.
    try (PreparedStatement fromDriver = driver.prepareStatement(query.sql());
        PreparedStatement fromH2 = oracle.connection().prepareStatement(query.sql())) {
      for (List<Object> binding : query.bindings()) {
        bind(fromDriver, binding);
        bind(fromH2, binding);
        compare(query, binding, CanonicalRows.read(fromDriver.executeQuery()),
            CanonicalRows.read(fromH2.executeQuery()));
      }
    }
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  private static void compare(ComparedQuery query, List<Object> binding, CanonicalRows driverRows,
      CanonicalRows h2Rows) {
    CanonicalRows actual = query.ordered() ? driverRows : driverRows.sorted();
    CanonicalRows h2 = query.labels().isEmpty() ? h2Rows : h2Rows.withLabels(query.labels());
    CanonicalRows expected = query.ordered() ? h2 : h2.sorted();
    assertEquals(expected.describe(), actual.describe(),
        () -> "driver (actual) and H2 (expected) disagree on " + query.sql()
            + (binding.isEmpty() ? "" : " with " + ComparedQuery.describe(binding)));
  }

  @Override
  public void close() throws SQLException {
    try {
      driver.close();
    } finally {
      try {
        emulator.close();
      } finally {
        oracle.close();
      }
    }
  }
}
