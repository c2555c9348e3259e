package io.cccjdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The driver's name and version, the version coming from the Maven build. */
final class DriverInfo {

  static final String NAME = "ccc-jdbc";
  static final String PRODUCT_NAME = "Alibaba Cloud Contact Center";
  static final String PRODUCT_VERSION = "2020-07-01";
  static final String VERSION = loadVersion();
  static final int MAJOR = versionPart(0);
  static final int MINOR = versionPart(1);

  private DriverInfo() {
  }

  static String userAgent() {
    return NAME + "/" + VERSION + " (Java " + Runtime.version().feature() + ")";
  }

  private static String loadVersion() {
    try (InputStream in = DriverInfo.class.getResourceAsStream("ccc-jdbc.properties")) {
      if (in == null) {
        throw new IllegalStateException("ccc-jdbc.properties is missing from the driver jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int versionPart(int index) {
    String[] parts = VERSION.split("[.-]");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
