package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A statement that would change something fails at once, whichever JDBC call carries it (Spark's
 * {@code df.write}, Spring's {@code update}, jOOQ's {@code execute}): SQLState 25006, a short
 * message that says the driver only reads, and not one API call.
 */
class ReadOnlyStatementsTest {

  private static TestEmulator emulator;
  private static Connection connection;

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.demo();
    connection = emulator.connect();
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @BeforeEach
  void resetCounts() {
    emulator.resetCounts();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO numbers (instance_id, number) VALUES ('ccc-test', '1')",
      "insert into \"numbers\" values (?, ?, ?, ?, ?, ?, ?, ?)",
      "UPDATE numbers SET city = 'x' WHERE instance_id = 'ccc-test'",
      "DELETE FROM numbers",
      "MERGE INTO numbers n USING admins a ON n.user_id = a.user_id WHEN MATCHED THEN DELETE",
      "CREATE TABLE spark_out (x INTEGER)",
      "DROP TABLE numbers",
      "TRUNCATE TABLE numbers",
      "  /* a job's comment */ (INSERT INTO numbers SELECT * FROM numbers)",
      "WITH n AS (SELECT * FROM numbers) INSERT INTO numbers SELECT * FROM n",
      "EXPLAIN PLAN FOR DELETE FROM numbers"})
  void everyWayOfRunningAWriteFailsAtOnceWith25006(String sql) {
    List<Attempt> attempts = List.of(
        () -> statement().execute(sql),
        () -> statement().executeQuery(sql),
        () -> statement().executeUpdate(sql),
        () -> statement().executeLargeUpdate(sql),
        () -> statement().executeUpdate(sql, Statement.RETURN_GENERATED_KEYS),
        () -> statement().execute(sql, new String[] {"number"}),
        () -> statement().addBatch(sql),
        () -> connection.prepareStatement(sql),
        () -> connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS),
        () -> connection.prepareStatement(sql, new int[] {1}),
        () -> connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
            ResultSet.CONCUR_READ_ONLY));
    for (Attempt attempt : attempts) {
      SQLException e = assertThrows(SQLException.class, attempt::run, sql);

      assertEquals("25006", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().startsWith("ccc-jdbc is read-only: "), e.getMessage());
      assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
    assertEquals(0, emulator.totalCalls());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 'INSERT' AS \"update\", instance_id FROM instances WHERE instance_id = 'ccc-test'",
      "-- DELETE FROM numbers\nSELECT instance_id FROM instances WHERE instance_id = 'ccc-test'",
      "WITH deleted AS (SELECT instance_id FROM instances WHERE instance_id = 'ccc-test')"
          + " SELECT * FROM deleted"})
  void queriesThatMerelyMentionWritesRun(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertTrue(rows.next());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"executeBatch", "executeLargeBatch"})
  void anEmptyBatchRunsAndABatchCannotBeFilled(String method) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT number FROM numbers WHERE instance_id = ?")) {
      statement.setString(1, "ccc-test");
      SQLException e = assertThrows(SQLException.class, statement::addBatch);
      assertEquals("0A000", e.getSQLState());
      int length = method.equals("executeBatch")
          ? statement.executeBatch().length
          : statement.executeLargeBatch().length;
      assertEquals(0, length);
    }
  }

  private static Statement statement() throws SQLException {
    return connection.createStatement();
  }

  private interface Attempt {
    void run() throws SQLException;
  }
}
