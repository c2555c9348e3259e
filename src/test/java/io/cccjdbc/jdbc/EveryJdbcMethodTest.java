package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every method of every JDBC interface the driver hands out, called as a tool that probes them
 * all would (SchemaCrawler, DBeaver's driver checks): it answers, or it throws an SQLException
 * with an SQLState and a message; never a RuntimeException. A feature that is not supported is
 * a SQLFeatureNotSupportedException with SQLState 0A000 whose message names the method.
 */
class EveryJdbcMethodTest {

  private static final String QUERY =
      "SELECT instance_id, number, active FROM numbers WHERE instance_id = 'ccc-test'";
  private static final String PREPARED = "SELECT number FROM numbers WHERE instance_id = ?";

  /** Calls that end the object under test; each has tests of its own. */
  private static final Set<String> ENDING = Set.of("close", "abort");

  private static Connection shared;

  @BeforeAll
  static void connect() throws SQLException {
    shared = DriverManager.getConnection("jdbc:ccc:demo=true");
  }

  @AfterAll
  static void close() throws SQLException {
    shared.close();
  }

  @Test
  void connectionMethods() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : methods(Connection.class)) {
      try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true")) {
        check(connection, method, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void driverMethods() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : methods(java.sql.Driver.class)) {
      check(new CccDriver(), method, problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void statementMethods() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : methods(Statement.class)) {
      try (Statement statement = shared.createStatement()) {
        check(statement, method, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void preparedStatementMethods() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : methods(PreparedStatement.class)) {
      try (PreparedStatement statement = shared.prepareStatement(PREPARED)) {
        statement.setString(1, "ccc-test");
        check(statement, method, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void resultSetMethodsOnARow() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : methods(ResultSet.class)) {
      try (Statement statement = shared.createStatement();
          ResultSet rows = statement.executeQuery(QUERY)) {
        assertTrue(rows.next());
        check(rows, method, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void metadataMethods() throws Exception {
    List<String> problems = new ArrayList<>();
    DatabaseMetaData metaData = shared.getMetaData();
    for (Method method : methods(DatabaseMetaData.class)) {
      check(metaData, method, problems);
    }
    try (Statement statement = shared.createStatement();
        ResultSet rows = statement.executeQuery(QUERY);
        PreparedStatement prepared = shared.prepareStatement(PREPARED)) {
      ResultSetMetaData columns = rows.getMetaData();
      for (Method method : methods(ResultSetMetaData.class)) {
        check(columns, method, problems);
      }
      ParameterMetaData parameters = prepared.getParameterMetaData();
      for (Method method : methods(ParameterMetaData.class)) {
        check(parameters, method, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckCatchesARuntimeExceptionAndAFeatureRefusedWithoutItsName() {
    List<String> problems = new ArrayList<>();
    record(new IllegalStateException("x"), "next", problems);
    record(new SQLFeatureNotSupportedException(), "absolute", problems);
    record(new SQLFeatureNotSupportedException("no", "0A000"), "absolute", problems);
    record(new SQLException("no state"), "next", problems);

    assertEquals(4, problems.size(), problems.toString());
  }

  private static List<Method> methods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && !ENDING.contains(m.getName()))
        .sorted(Comparator.comparing(Method::toString))
        .toList();
  }

  private static void check(Object target, Method method, List<String> problems)
      throws IllegalAccessException {
    Object answer;
    try {
      answer = method.invoke(target, arguments(method));
    } catch (InvocationTargetException e) {
      record(e.getCause(), method.getName(), problems);
      return;
    }
    if (answer instanceof ResultSet rows) {
      try (rows) {
        rows.next();
      } catch (SQLException e) {
        record(e, method.getName() + " result", problems);
      }
    }
  }

  private static void record(Throwable thrown, String method, List<String> problems) {
    if (!(thrown instanceof SQLException sql)) {
      problems.add(method + " threw " + thrown);
      return;
    }
    if (sql.getSQLState() == null || sql.getMessage() == null || sql.getMessage().isBlank()) {
      problems.add(method + " threw without SQLState or message: " + sql);
    } else if (sql instanceof SQLFeatureNotSupportedException
        && (!sql.getSQLState().equals("0A000") || !sql.getMessage().contains(method))) {
      problems.add(method + " refused without 0A000 and its name: " + sql);
    }
  }

  private static Object[] arguments(Method method) {
    return Arrays.stream(method.getParameterTypes()).map(EveryJdbcMethodTest::argument)
        .toArray();
  }

  private static Object argument(Class<?> type) {
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == short.class || type == byte.class) {
      return type == short.class ? (Object) (short) 1 : (Object) (byte) 1;
    }
    if (type == float.class || type == double.class) {
      return type == float.class ? (Object) 1f : (Object) 1d;
    }
    if (type == String.class) {
      return "instance_id";
    }
    if (type == Class.class) {
      return String.class;
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    if (type == Object.class) {
      return "x";
    }
    return null;
  }

  @Test
  void argumentsCoverEveryPrimitive() {
    for (Class<?> type : List.of(int.class, long.class, boolean.class, short.class, byte.class,
        float.class, double.class)) {
      assertNotNull(argument(type), type.getName());
    }
    assertFalse(argument(String.class).toString().toLowerCase(Locale.ROOT).isEmpty());
  }
}
