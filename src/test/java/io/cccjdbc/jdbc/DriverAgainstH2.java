package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cccjdbc.H2Oracle;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * One dataset served by an emulator and read through the driver, and the same dataset loaded
 * into H2; a query passes when both give the same rows.
 */
final class DriverAgainstH2 implements AutoCloseable {

  private final TestEmulator emulator;
  private final Connection driver;
  private final H2Oracle oracle;

  private final ZoneId zone;

  private DriverAgainstH2(TestEmulator emulator, Connection driver, H2Oracle oracle,
      ZoneId zone) {
    this.emulator = emulator;
    this.driver = driver;
    this.oracle = oracle;
    this.zone = zone;
  }

  /** {@code connectionSettings} are extra {@code key=value}s for the driver's URL. */
  static DriverAgainstH2 start(Dataset dataset, String... connectionSettings) throws SQLException {
    return start(dataset, ZoneId.systemDefault(), connectionSettings);
  }

  /** The driver with {@code timeZone} set to {@code zone}; H2 holds the same wall clocks. */
  static DriverAgainstH2 start(Dataset dataset, ZoneId zone, String... connectionSettings)
      throws SQLException {
    H2Oracle oracle = H2Oracle.load(dataset, zone);
    TestEmulator emulator = TestEmulator.start(dataset);
    String[] settings = Arrays.copyOf(connectionSettings, connectionSettings.length + 1);
    settings[connectionSettings.length] = "timeZone=" + zone.getId();
    try {
      return new DriverAgainstH2(emulator, emulator.connect(settings), oracle, zone);
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
        compare(query, List.of(), CanonicalRows.read(fromDriver.executeQuery(query.sql()), zone),
            CanonicalRows.read(fromH2.executeQuery(query.h2Sql())));
      }
      return;
    }
    // One statement per side for all bindings: re-executing with new values is part of the test.
    try (PreparedStatement fromDriver = driver.prepareStatement(query.sql());
        PreparedStatement fromH2 = oracle.connection().prepareStatement(query.h2Sql())) {
      for (List<Object> binding : query.bindings()) {
        bind(fromDriver, binding);
        bind(fromH2, binding);
        compare(query, binding, CanonicalRows.read(fromDriver.executeQuery(), zone),
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
