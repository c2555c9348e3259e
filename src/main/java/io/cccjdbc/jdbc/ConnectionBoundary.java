package io.cccjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;

/** The connection users hold: Calcite's, with CCC's warnings, metadata and statements. */
final class ConnectionBoundary extends Boundary {

  private final ConnectionState state;

  private ConnectionBoundary(ConnectionState state) {
    super(state.calcite());
    this.state = state;
  }

  static Connection wrap(ConnectionState state) {
    Connection connection = proxy(Connection.class, new ConnectionBoundary(state));
    state.proxy(connection);
    return connection;
  }

  @Override
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "createStatement", "prepareStatement", "prepareCall":
        return StatementBoundary.wrap(method.getReturnType().asSubclass(Statement.class),
            (Statement) forward(method, args), state);
      case "getMetaData":
        return MetaDataBoundary.wrap((DatabaseMetaData) forward(method, args), state);
      case "getWarnings":
        return state.warnings();
      case "clearWarnings":
        state.clearWarnings();
        return null;
      case "setTransactionIsolation", "setAutoCommit", "setReadOnly", "commit", "rollback":
        // Nothing is ever written, so every isolation level and commit mode holds trivially;
        // pools and shells set them unconditionally and must not fail.
        return null;
      case "getAutoCommit", "isReadOnly":
        return true;
      default:
        return forward(method, args);
    }
  }

  @Override
  String describe() {
    return "CccConnection[" + state.displayUrl() + "]";
  }
}
