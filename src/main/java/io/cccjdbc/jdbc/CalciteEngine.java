package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.CccPrepare;
import io.cccjdbc.calcite.CccTypeSystem;
import io.cccjdbc.calcite.parser.CccSqlParserImpl;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Calcite's JDBC machinery, configured for CCC and reached only through {@link CccDriver}.
 *
 * <p>Calcite's connections need a subclass of its {@code Driver}, whose class registers a
 * working {@code jdbc:calcite:} driver with {@link DriverManager} when it is initialized. That
 * registration, made on the driver's behalf and never asked for by the application, is
 * withdrawn here; a Calcite driver registered before (the application's own, or one that
 * calcite-core's jar on the class path lists as a service) is left alone.
 */
final class CalciteEngine {

  private static final Engine ENGINE = createWithoutRegistration();

  private CalciteEngine() {
  }

  /**
   * A new Calcite connection with the driver's SQL dialect and no schema yet, whose TIMESTAMP
   * values are wall-clock times of {@code timeZone}.
   */
  static AvaticaConnection connect(ZoneId timeZone) throws SQLException {
    return (AvaticaConnection) ENGINE.connect(Engine.PREFIX, sqlDialect(timeZone));
  }

  private static Engine createWithoutRegistration() {
    List<Driver> before = Collections.list(DriverManager.getDrivers());
    Engine engine = new Engine();
    for (Driver driver : Collections.list(DriverManager.getDrivers())) {
      if (driver.getClass() == org.apache.calcite.jdbc.Driver.class
          && before.stream().noneMatch(registered -> registered == driver)) {
        try {
          DriverManager.deregisterDriver(driver);
        } catch (SQLException e) {
          throw new IllegalStateException("could not withdraw Calcite's jdbc:calcite: driver", e);
        }
      }
    }
    return engine;
  }

  /**
   * How SQL reads: unquoted names fold to lower case and match case-insensitively,
   * double quotes quote, the lenient conformance accepts what BI tools send
   * ({@code !=}, {@code GROUP BY} an alias, {@code LIMIT ... OFFSET}), the driver's own
   * parser lets common words be names ({@code AS count}; {@code src/main/codegen}), and times
   * are in {@code timeZone}.
   */
  static Properties sqlDialect(ZoneId timeZone) {
    Properties properties = new Properties();
    properties.setProperty(CalciteConnectionProperty.PARSER_FACTORY.camelName(),
        CccSqlParserImpl.class.getName() + "#FACTORY");
    properties.setProperty(CalciteConnectionProperty.QUOTING.camelName(), "DOUBLE_QUOTE");
    properties.setProperty(CalciteConnectionProperty.UNQUOTED_CASING.camelName(), "TO_LOWER");
    properties.setProperty(CalciteConnectionProperty.QUOTED_CASING.camelName(), "UNCHANGED");
    properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
    properties.setProperty(CalciteConnectionProperty.CONFORMANCE.camelName(),
        SqlConformanceEnum.LENIENT.name());
    properties.setProperty(CalciteConnectionProperty.FUN.camelName(), "standard,postgresql");
    properties.setProperty(CalciteConnectionProperty.TYPE_SYSTEM.camelName(),
        CccTypeSystem.class.getName() + "#INSTANCE");
    properties.setProperty(CalciteConnectionProperty.TIME_ZONE.camelName(),
        TimeZone.getTimeZone(timeZone).getID());
    return properties;
  }

  /** Calcite's driver with CCC's preparation and name; never registered. */
  private static final class Engine extends org.apache.calcite.jdbc.Driver {

    static final String PREFIX = "jdbc:ccc:";

    @Override
    protected String getConnectStringPrefix() {
      return PREFIX;
    }

    @Override
    public CalcitePrepare createPrepare() {
      return new CccPrepare();
    }

    @Override
    protected DriverVersion createDriverVersion() {
      return new DriverVersion(DriverInfo.NAME, DriverInfo.VERSION, DriverInfo.PRODUCT_NAME,
          DriverInfo.PRODUCT_VERSION, false, DriverInfo.MAJOR, DriverInfo.MINOR, 2020, 7);
    }
  }
}
