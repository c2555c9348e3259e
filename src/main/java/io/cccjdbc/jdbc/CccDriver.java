package io.cccjdbc.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for Alibaba Cloud Contact Center: {@code jdbc:ccc:key=value;...}.
 * See {@code docs/configuration.md} for the keys.
 */
public final class CccDriver implements Driver {

  public static final String URL_PREFIX = "jdbc:ccc:";

  static {
    CalciteSettings.readFromDriverJar();
    try {
      DriverManager.registerDriver(new CccDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    return Connections.open(url, info == null ? new Properties() : info);
  }

  @Override
  public boolean acceptsURL(String url) {
    return CccConfig.acceptsUrl(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    return Connections.propertyInfo(url, info == null ? new Properties() : info);
  }

  @Override
  public int getMajorVersion() {
    return DriverInfo.MAJOR;
  }

  @Override
  public int getMinorVersion() {
    return DriverInfo.MINOR;
  }

  /** Not a full SQL-92 database: it only reads. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  /** The driver logs through SLF4J, not java.util.logging. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw Unsupported.feature(
        "Driver.getParentLogger: ccc-jdbc logs through SLF4J, not java.util.logging");
  }

  @Override
  public String toString() {
    return DriverInfo.NAME + " " + DriverInfo.VERSION;
  }
}
