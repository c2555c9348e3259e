package io.cccjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;

/** Database metadata as tools read it. */
final class MetaDataBoundary extends Boundary {

  private final ConnectionState state;

  private MetaDataBoundary(DatabaseMetaData metaData, ConnectionState state) {
    super(metaData);
    this.state = state;
  }

  static DatabaseMetaData wrap(DatabaseMetaData metaData, ConnectionState state) {
    return proxy(DatabaseMetaData.class, new MetaDataBoundary(metaData, state));
  }

  @Override
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "getConnection":
        return state.proxy();
      case "getURL":
        return state.displayUrl();
      default:
        Object result = forward(method, args);
        return result instanceof ResultSet rows ? ResultSetBoundary.wrap(rows, null) : result;
    }
  }

  @Override
  String describe() {
    return "CccDatabaseMetaData[" + state.displayUrl() + "]";
  }
}
