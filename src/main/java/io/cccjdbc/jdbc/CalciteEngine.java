package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.CccPrepare;
import io.cccjdbc.calcite.CccTypeSystem;
import io.cccjdbc.calcite.parser.CccSqlParserImpl;
import java.util.Properties;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.Driver;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Calcite's JDBC machinery, configured for CCC and never registered with
 * {@link java.sql.DriverManager}: users reach it only through {@link CccDriver}.
 */
final class CalciteEngine extends Driver {

  static final String PREFIX = "jdbc:ccc:";

  static final CalciteEngine INSTANCE = new CalciteEngine();

  private CalciteEngine() {
  }

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

  /**
   * How SQL reads: unquoted names fold to lower case and match case-insensitively,
   * double quotes quote, the lenient conformance accepts what BI tools send
   * ({@code !=}, {@code GROUP BY} an alias, {@code LIMIT ... OFFSET}), and the driver's own
   * parser lets common words be names ({@code AS count}; {@code src/main/codegen}).
   */
  static Properties sqlDialect() {
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
    properties.setProperty(CalciteConnectionProperty.TIME_ZONE.camelName(), "UTC");
    return properties;
  }
}
