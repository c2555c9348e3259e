package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.CapturedLogs;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole session with STS credentials, successes and failures alike, and everything a user
 * or a log could see of it: messages, causes and stack traces, toString of every JDBC object,
 * logs at every level (HTTP logging on), EXPLAIN, metadata, the URL, warnings, property info,
 * thread names. The secret and the token appear in none of it.
 */
class SecretsNowhereTest {

  private static final String ID = "STS.LTAI-secrets-test";
  private static final String SECRET = "Secret-9f2Kq7ZpW1";
  private static final String TOKEN = "CAIS-token+/=Zz8Qx4vN2";

  @Test
  void noSecretIsEverShown() throws Exception {
    List<String> seen = new ArrayList<>();
    try (CccEmulator emulator = CccEmulator.builder().dataset(Dataset.demo())
            .stsCredential(ID, SECRET, TOKEN).build().start();
        CapturedLogs logs = CapturedLogs.capture("")) {
      String url = "jdbc:ccc:endpoint=" + emulator.endpoint() + ";user=" + ID + ";password="
          + SECRET + ";securityToken=" + TOKEN + ";logHttp=true;maxApiCallsPerStatement=3";
      try (Connection connection = DriverManager.getConnection(url)) {
        seen.add(connection.toString());
        DatabaseMetaData metaData = connection.getMetaData();
        seen.add(metaData.toString());
        seen.add(metaData.getURL());
        seen.add(String.valueOf(metaData.getUserName()));
        collect(seen, metaData.getTables(null, null, "%", null));
        collect(seen, metaData.getColumns(null, null, "%", "%"));
        try (Statement statement = connection.createStatement()) {
          seen.add(statement.toString());
          try (ResultSet rows = statement.executeQuery(
              "EXPLAIN PLAN FOR SELECT * FROM numbers WHERE instance_id = 'ccc-test'")) {
            seen.add(rows.toString());
            collect(seen, rows);
          }
          collect(seen, statement.executeQuery("SELECT * FROM admins WHERE instance_id = 'ccc-test'"));
          collect(seen, statement.executeQuery("SELECT * FROM numbers WHERE instance_id = 'nope'"));
          seen.add(statement.unwrap(CccStatement.class).getFetchStatistics().toString());
          failure(seen, () -> statement.executeQuery("SELECT * FROM numbers WHERE instance_id IN"
              + " ('a', 'b', 'c', 'd')"));
          emulator.inject(FaultRule.next(1, Fault.respond(500, "<html>" + TOKEN + "</html>")));
          failure(seen, () -> statement.executeQuery(
              "SELECT * FROM numbers WHERE instance_id = 'ccc-cd-ops'"));
        }
        try (PreparedStatement prepared =
            connection.prepareStatement("SELECT * FROM numbers WHERE instance_id = ?")) {
          prepared.setString(1, "ccc-hz-service");
          seen.add(prepared.toString());
          collect(seen, prepared.executeQuery());
        }
        warnings(seen, connection.getWarnings());
      }
      failure(seen, () -> query(url.replace(SECRET, SECRET + "x")));
      failure(seen, () -> query(url.replace(TOKEN, TOKEN + "x")));
      failure(seen, () -> query(url.replace(";user=", ";unknownKey=" + SECRET + ";user=")));
      failure(seen, () -> DriverManager.getConnection(url + ";readTimeout=x"));
      for (DriverPropertyInfo info : new CccDriver().getPropertyInfo(url, null)) {
        seen.add(info.name + "=" + info.value);
      }
      Thread.getAllStackTraces().keySet().forEach(thread -> seen.add(thread.getName()));
      seen.addAll(logs.lines());
    }
    assertTrue(seen.stream().anyMatch(text -> text.contains("SignatureDoesNotMatch")),
        "the session must include a refused signature");
    assertTrue(seen.stream().anyMatch(text -> text.contains("GetInstance InstanceId=ccc-test")),
        "HTTP logging must have logged the calls");
    for (String forbidden : List.of(SECRET, TOKEN, encoded(TOKEN), encoded(SECRET))) {
      for (String text : seen) {
        assertFalse(text.contains(forbidden), "a secret was shown in: " + text);
      }
    }
  }

  private static void query(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT * FROM instances WHERE instance_id = 'ccc-test'").next();
    }
  }

  private interface Failing {
    void run() throws Exception;
  }

  private static void failure(List<String> seen, Failing action) {
    try {
      action.run();
      seen.add("no failure");
    } catch (Exception e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      seen.add(trace.toString());
      seen.add(e.toString());
    }
  }

  private static void collect(List<String> seen, ResultSet rows) throws SQLException {
    try (rows) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int c = 1; c <= columns; c++) {
          seen.add(String.valueOf(rows.getObject(c)));
        }
      }
    }
  }

  private static void warnings(List<String> seen, SQLWarning warning) {
    for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
      seen.add(w.getMessage());
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
