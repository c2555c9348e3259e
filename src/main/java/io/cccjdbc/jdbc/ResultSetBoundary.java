package io.cccjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.Statement;

/** Rows as they stream from the API; a failure while reading one is a clear SQLException. */
final class ResultSetBoundary extends Boundary {

  private final Statement statement;

  private ResultSetBoundary(ResultSet resultSet, Statement statement) {
    super(resultSet);
    this.statement = statement;
  }

  /** @param statement the statement that made the rows, or null for metadata */
  static ResultSet wrap(ResultSet resultSet, Statement statement) {
    return proxy(ResultSet.class, new ResultSetBoundary(resultSet, statement));
  }

  @Override
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("getStatement")) {
      return statement;
    }
    return forward(method, args);
  }

  @Override
  String describe() {
    return "CccResultSet";
  }
}
