package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.PostgresFront;
import io.cccjdbc.Rows;
import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.pg.PgTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL clients against the database {@code serve} makes: Metabase's sync, DBeaver's
 * PostgreSQL connection (pgjdbc's DatabaseMetaData), and, where Debian's packages are on the
 * machine, psql and Python's psycopg. They see PostgreSQL's own catalog, so the checks are that
 * every table, column and remark of the driver's catalog is there, and that reading costs only
 * the API calls of the rows read.
 */
class PostgresClientsTest {

  private static PostgresFront front;

  @BeforeAll
  static void start() throws Exception {
    front = PostgresFront.start(Dataset.demo(),
        PostgresFront.freshDirectory(PostgresClientsTest.class.getSimpleName()));
  }

  @AfterAll
  static void stop() throws IOException {
    front.close();
  }

  private static List<Map<String, String>> query(Connection connection, String sql, String... args)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setString(i + 1, args[i]);
      }
      List<Map<String, String>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          Map<String, String> row = new HashMap<>();
          for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            row.put(result.getMetaData().getColumnLabel(i), result.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  @Test
  void metabaseSyncSeesEveryTableFieldAndRemarkAndCostsNoApiCall() throws SQLException {
    try (Connection connection = front.connect()) {
      front.emulator().resetCounts();
      assertFalse(
          query(connection, MetabasePostgresSync.TIMEZONE).get(0).get("TimeZone").isEmpty());
      assertEquals(List.of(), query(connection, MetabasePostgresSync.ENUM_TYPES));
      List<String> schemas = new ArrayList<>();
      try (ResultSet rows = connection.getMetaData().getSchemas()) {
        while (rows.next()) {
          schemas.add(rows.getString("TABLE_SCHEM"));
        }
      }
      assertTrue(schemas.contains("ccc"), schemas.toString());

      List<Map<String, String>> tables = query(connection, MetabasePostgresSync.TABLES, "ccc");
      query(connection, MetabasePostgresSync.TABLE_PRIVILEGES);
      assertEquals(CccTables.ALL.size(), tables.size());
      for (TableDef table : CccTables.ALL) {
        Map<String, String> row = tables.stream()
            .filter(t -> t.get("name").equals(table.name())).findFirst().orElseThrow();
        assertEquals("FOREIGN TABLE", row.get("type"));
        assertEquals(table.remark(), row.get("description"));
        assertTrue(query(connection, MetabasePostgresSync.probe("ccc", table.name())).isEmpty());
      }

      List<Map<String, String>> fields =
          query(connection, MetabasePostgresSync.FIELDS, "ccc", "ccc");
      for (TableDef table : CccTables.ALL) {
        List<Map<String, String>> columns = fields.stream()
            .filter(f -> f.get("table-name").equals(table.name())).toList();
        assertEquals(table.columns().size(), columns.size(), table.name());
        for (int i = 0; i < columns.size(); i++) {
          ColumnDef column = table.columns().get(i);
          assertEquals(column.name(), columns.get(i).get("name"));
          assertEquals(String.valueOf(i), columns.get(i).get("database-position"));
          assertEquals(column.remark(), columns.get(i).get("field-comment"));
        }
      }
      assertEquals(List.of(), query(connection, MetabasePostgresSync.FOREIGN_KEYS, "ccc"),
          "foreign tables carry no keys: docs/metabase.md says how to set them in Metabase");
      assertEquals(List.of(), query(connection, MetabasePostgresSync.INDEXES, "ccc"));
      assertEquals(0, front.emulator().totalCalls(), "describing and probing are free");

      try (Statement statement = connection.createStatement()) {
        for (TableDef table : CccTables.ALL) {
          String sample = "SELECT * FROM \"ccc\".\"" + table.name() + "\" LIMIT 10000";
          if (table.timeColumn().isPresent()) {
            // Metabase's sample of a time table fails with the driver's advice, not today's rows.
            String unbounded = sample;
            SQLException refused = assertThrows(SQLException.class,
                () -> Rows.count(statement, unbounded));
            assertTrue(refused.getMessage().contains(table.timeColumn().get()),
                refused.getMessage());
            sample = Rows.selectAll(table);
          }
          assertTrue(Rows.count(statement, sample) > 0, table.name());
        }
      }
      assertTrue(front.emulator().totalCalls() > 0);
    }
  }

  @Test
  void aFixedTimeWindowReachesTheDriverAndNowDoesNot() throws SQLException {
    // Different days each, so that no window finds the served driver's cache warm.
    LocalDate today = LocalDate.now();
    List<String> windows = List.of(
        "start_time >= '" + today.minusDays(20) + " 00:00:00' AND start_time < '"
            + today.minusDays(2) + " 06:30:00'",
        "start_time BETWEEN TIMESTAMP '" + today.minusDays(30) + " 00:00:00' AND TIMESTAMP '"
            + today.minusDays(25) + " 12:00:00'",
        "start_time >= DATE '" + today.minusDays(40) + "' AND start_time < DATE '"
            + today.minusDays(35) + "'");
    try (Connection postgres = front.connect();
        Statement throughPostgres = postgres.createStatement();
        Connection driver = front.emulator().connect("cacheTtl=0");
        Statement direct = driver.createStatement()) {
      for (String window : windows) {
        String sql = "SELECT contact_id, start_time FROM ccc.call_detail_records WHERE " + window
            + " ORDER BY contact_id";
        front.emulator().resetCounts();
        List<String> expected = rows(direct, sql);
        long directCalls = front.emulator().calls("ListCallDetailRecordsV2");
        front.emulator().resetCounts();
        assertEquals(expected, rows(throughPostgres, sql), sql);
        assertEquals(directCalls, front.emulator().calls("ListCallDetailRecordsV2"), sql);
        assertFalse(expected.isEmpty(), sql);
        List<Map<String, String>> sent = front.emulator().received("ListCallDetailRecordsV2");
        assertTrue(sent.stream().allMatch(request -> request.containsKey("StartTime")), sql);
      }
      // PostgreSQL never ships now(), so the driver sees no lower bound and says what to do.
      front.emulator().resetCounts();
      SQLException refused = assertThrows(SQLException.class, () -> Rows.count(throughPostgres,
          "SELECT * FROM ccc.call_detail_records WHERE start_time >= now() - interval '7 days'"));
      assertTrue(refused.getMessage().contains("lower bound on start_time"),
          refused.getMessage());
      assertEquals(0, front.emulator().totalCalls());
    }
  }

  private static List<String> rows(Statement statement, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1) + " " + result.getObject(2, LocalDateTime.class));
      }
    }
    return rows;
  }

  @Test
  void dbeaversPostgresConnectionListsTablesColumnsTypesAndRemarks() throws SQLException {
    try (Connection connection = front.connect()) {
      DatabaseMetaData metaData = connection.getMetaData();
      for (TableDef table : CccTables.ALL) {
        try (ResultSet rows = metaData.getTables(null, "ccc", table.name(), null)) {
          assertTrue(rows.next(), table.name());
          assertEquals("FOREIGN TABLE", rows.getString("TABLE_TYPE"));
          assertEquals(table.remark(), rows.getString("REMARKS"));
        }
        try (ResultSet rows = metaData.getColumns(null, "ccc", table.name(), "%")) {
          for (ColumnDef column : table.columns()) {
            assertTrue(rows.next(), column.name());
            assertEquals(column.name(), rows.getString("COLUMN_NAME"));
            assertEquals(column.remark(), rows.getString("REMARKS"));
            assertEquals(column.nullable() ? DatabaseMetaData.columnNullable
                : DatabaseMetaData.columnNoNulls, rows.getInt("NULLABLE"));
          }
          assertFalse(rows.next());
        }
      }
    }
  }

  @Test
  void psqlDescribesTheTables() throws Exception {
    Path psql = Path.of("/usr/bin/psql");
    Assumptions.assumeTrue(Files.isExecutable(psql),
        "psql is not installed (Debian: apt-get install postgresql-client)");
    String output = run(List.of(psql.toString(), "-X", "-v", "ON_ERROR_STOP=1", connectionUri(),
        "-c", "\\dE", "-c", "\\d+ numbers", "-c", "SELECT count(*) AS n FROM numbers"));
    for (TableDef table : CccTables.ALL) {
      assertTrue(output.contains(" " + table.name() + " "), table.name() + " in\n" + output);
    }
    for (ColumnDef column : CccTables.find("numbers").orElseThrow().columns()) {
      assertTrue(output.contains(column.name()), column.name());
      assertTrue(output.contains(PgTypes.of(column.type())), column.name());
    }
    assertTrue(output.contains(CccTables.find("numbers").orElseThrow().columns().get(2).remark()), output);
    assertTrue(output.matches("(?s).*\\n\\s+11\\n.*"), output);
  }

  @Test
  void pythonsPsycopgReadsTheRows() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(Files.isExecutable(python), "python3 is not installed");
    String driver = run(List.of(python.toString(), "-c",
        "import importlib.util as u; print('psycopg' if u.find_spec('psycopg') else"
            + " 'psycopg2' if u.find_spec('psycopg2') else 'none')")).strip();
    Assumptions.assumeFalse(driver.equals("none"),
        "psycopg is not installed (Debian: apt-get install python3-psycopg)");
    String script = "import " + driver + " as pg, sys\n"
        + "with pg.connect(sys.argv[1]) as c:\n"
        + "    cur = c.cursor()\n"
        + "    cur.execute('SELECT instance_id, number, active FROM numbers"
        + " WHERE instance_id = %s ORDER BY number', ('ccc-cd-ops',))\n"
        + "    for row in cur.fetchall():\n"
        + "        print('|'.join(str(v) for v in row))\n";
    String output = run(List.of(python.toString(), "-c", script, connectionUri()));
    try (Connection driverConnection = front.emulator().connect();
        Statement statement = driverConnection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT instance_id, number, active FROM numbers"
            + " WHERE instance_id = 'ccc-cd-ops' ORDER BY number")) {
      StringBuilder expected = new StringBuilder();
      while (rows.next()) {
        expected.append(rows.getString(1)).append('|').append(rows.getString(2)).append('|')
            .append(rows.getObject(3) == null ? "None" : rows.getBoolean(3) ? "True" : "False")
            .append('\n');
      }
      assertEquals(expected.toString(), output);
    }
  }

  private static String connectionUri() {
    return front.served().connectionString();
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }
}
