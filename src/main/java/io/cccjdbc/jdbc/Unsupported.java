package io.cccjdbc.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/** The driver's answers for what it does not do: each names the feature and says why. */
final class Unsupported {

  private Unsupported() {
  }

  /** A SQLFeatureNotSupportedException (0A000) for {@code feature}, a method and its reason. */
  static SQLFeatureNotSupportedException feature(String feature) {
    return (SQLFeatureNotSupportedException) SqlState.FEATURE_NOT_SUPPORTED.exception(
        "Not supported by ccc-jdbc: " + feature);
  }

  /**
   * {@code wrapper} itself when it is a {@code type}; never one of Calcite's objects behind it,
   * which would bypass the driver's error translation and read-only rules.
   */
  static <T> T unwrap(Object wrapper, Class<T> type) throws SQLException {
    if (type != null && type.isInstance(wrapper)) {
      return type.cast(wrapper);
    }
    throw feature("unwrap to " + (type == null ? "null" : type.getName()) + ": the driver hands"
        + " out only its own objects; isWrapperFor tells which types those are");
  }
}
