package io.cccjdbc.pg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the PostgreSQL binaries the jar was built with (from the POM). */
final class PostgresVersion {

  private static final String RESOURCE = "postgresql.properties";

  private PostgresVersion() {
  }

  /** Such as {@code 17.6.0}, the Maven version of the binaries. */
  static String binaries() {
    Properties properties = new Properties();
    try (InputStream in = PostgresVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** Major and minor, such as {@code 17.6}: what PostgreSQL itself reports. */
  static String version() {
    String[] parts = binaries().split("\\.");
    return parts[0] + "." + parts[1];
  }
}
