package io.cccjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/** Rows as they stream from the API; a failure while reading one is a clear SQLException. */
final class ResultSetBoundary extends Boundary {

  private final Statement statement;
  private final AtomicBoolean canceled;

  private ResultSetBoundary(ResultSet resultSet, Statement statement, AtomicBoolean canceled) {
    super(resultSet);
    this.statement = statement;
    this.canceled = canceled;
  }

  /**
   * @param statement the statement that made the rows, or null for metadata
   * @param canceled the statement's cancel flag, or null for metadata
   */
  static ResultSet wrap(ResultSet resultSet, Statement statement, AtomicBoolean canceled) {
    return proxy(ResultSet.class, new ResultSetBoundary(resultSet, statement, canceled));
  }

  @Override
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("getStatement")) {
      return statement;
    }
    try {
      return forward(method, args);
    } catch (SQLException e) {
      throw SqlErrors.canceledIf(canceled, e);
    }
  }

  @Override
  String describe() {
    return "CccResultSet";
  }
}
