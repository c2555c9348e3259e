package io.cccjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Properties;

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
      case "setCatalog":
        // JDBC asks a driver without catalogs to ignore the request silently.
        return null;
      case "nativeSQL":
        // Calcite's parser reads JDBC escapes itself; the SQL goes in as written.
        return args[0];
      case "getTypeMap":
        // There are no user-defined types to map.
        return new HashMap<String, Class<?>>();
      case "setClientInfo":
        // Kept as given and read back (pools and tools set an application name); the
        // service has no use for it, so nothing is sent.
        if (args[0] instanceof Properties properties) {
          state.replaceClientInfo(properties);
        } else {
          state.clientInfo((String) args[0], (String) args[1]);
        }
        return null;
      case "getClientInfo":
        return args == null
            ? state.clientInfo()
            : state.clientInfo().getProperty((String) args[0]);
      case "close":
        try {
          return forward(method, args);
        } finally {
          Connections.closed(state);
        }
      default:
        return forward(method, args);
    }
  }

  @Override
  String describe() {
    return "CccConnection[" + state.displayUrl() + "]";
  }
}
