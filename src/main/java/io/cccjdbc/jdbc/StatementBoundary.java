package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.PlanningLimits;
import io.cccjdbc.fetch.FetchStatistics;
import io.cccjdbc.fetch.StatementFetch;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.NoSuchStatementException;

/**
 * A statement: each execution starts a fresh fetch (what it fetched is its own), and
 * {@code cancel()} stops the calls in flight, not just the rows still to come.
 */
final class StatementBoundary extends Boundary {

  private static final FetchStatistics NO_FETCH = new FetchStatistics(0, 0, 0, Duration.ZERO);

  private final ConnectionState state;
  private final AtomicBoolean cancelFlag;
  private Statement proxy;

  private StatementBoundary(Statement statement, ConnectionState state) throws SQLException {
    super(statement);
    this.state = state;
    try {
      this.cancelFlag = state.calcite().getCancelFlag(
          statement.unwrap(AvaticaStatement.class).handle);
    } catch (NoSuchStatementException e) {
      throw new SQLException("statement was closed while being created", "HY010", e);
    }
  }

  static <T extends Statement> T wrap(Class<T> type, Statement statement, ConnectionState state)
      throws SQLException {
    StatementBoundary handler = new StatementBoundary(statement, state);
    T proxy = proxy(type, handler, CccStatement.class);
    handler.proxy = proxy;
    return proxy;
  }

  @Override
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.startsWith("execute")) {
      begin();
      PlanningLimits limits =
          PlanningLimits.open(((Statement) target).getQueryTimeout(), cancelFlag);
      try {
        return wrapResult(forward(method, args));
      } catch (SQLException e) {
        throw SqlErrors.canceledIf(cancelFlag, e);
      } finally {
        limits.close();
      }
    }
    switch (name) {
      case "getResultSet":
        return wrapResult(forward(method, args));
      case "cancel": {
        StatementFetch fetch = state.source().find(cancelFlag);
        if (fetch != null) {
          fetch.cancel();
        }
        return forward(method, args);
      }
      case "close": {
        StatementFetch fetch = state.source().find(cancelFlag);
        if (fetch != null) {
          fetch.close();
        }
        return forward(method, args);
      }
      case "getConnection":
        return state.proxy();
      case "getFetchStatistics": {
        StatementFetch fetch = state.source().find(cancelFlag);
        return fetch == null ? NO_FETCH : fetch.statistics();
      }
      case "setEscapeProcessing":
        // Calcite's parser reads JDBC escapes ({fn ...}, {d ...}) as part of SQL, so there is
        // no separate escape pass to switch off; tools set this routinely.
        return null;
      default:
        return forward(method, args);
    }
  }

  /** A cancel ends one execution, never the statement: the next one starts clean. */
  private void begin() {
    cancelFlag.set(false);
    state.source().begin(cancelFlag);
  }

  private Object wrapResult(Object result) {
    return result instanceof ResultSet resultSet
        ? ResultSetBoundary.wrap(resultSet, proxy, cancelFlag)
        : result;
  }

  @Override
  String describe() {
    return "CccStatement[" + target.getClass().getSimpleName() + "]";
  }
}
