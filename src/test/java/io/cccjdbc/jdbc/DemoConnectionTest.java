package io.cccjdbc.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests of SQL semantics that share one demo connection per class, as an application would. */
abstract class DemoConnectionTest {

  static Connection connection;

  @BeforeAll
  static void connect() throws SQLException {
    connection = DriverManager.getConnection("jdbc:ccc:demo=true");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }
}
