package io.cccjdbc.cli;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.pg.EndpointCredentials;
import io.cccjdbc.pg.PgEndpoint;
import io.cccjdbc.pg.ServeLayout;
import io.cccjdbc.pg.ServeSettings;
import io.cccjdbc.pg.ServedPostgres;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: a real PostgreSQL in front of the driver, for Metabase, psql and every other
 * PostgreSQL client (docs/postgresql.md). Runs until Ctrl-C, which stops PostgreSQL cleanly.
 */
final class ServeCommand {

  static final String USAGE = """
      usage: serve [--port 5433] [--url JDBC_URL] [--password P] [--data-dir DIR]
                   [--listen ADDRESS] [--endpoint-only]
        --port        PostgreSQL's port (with --endpoint-only, the endpoint's); default 5433
        --url         a jdbc:ccc: URL; default: the built-in demo (jdbc:ccc:demo=true)
        --password    the password of the login ccc; default: made once, kept in --data-dir
        --data-dir    PostgreSQL's files and the kept password; default ~/.ccc-jdbc/serve
        --listen      PostgreSQL's address; default 127.0.0.1 (others need the password)
        --endpoint-only  only the endpoint, for a PostgreSQL you run (see pg-ddl)""";

  private static final Set<String> WITH_VALUE =
      Set.of("--port", "--url", "--password", "--data-dir", "--listen");

  private ServeCommand() {
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    ServeSettings settings;
    String url;
    try {
      CommandLine line = CommandLine.parse(args, WITH_VALUE, Set.of("--endpoint-only", "--help"));
      if (line.has("--help")) {
        out.println(USAGE);
        return 0;
      }
      url = line.get("--url", CccShell.DEMO_URL);
      settings = new ServeSettings(
          Path.of(line.get("--data-dir", ServeLayout.defaultRoot().toString())),
          line.port("--port", ServeSettings.DEFAULT_PORT),
          line.get("--listen", ServeSettings.LOOPBACK), line.get("--password", null),
          line.has("--endpoint-only"));
    } catch (CommandLine.UsageException e) {
      err.println("serve: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try (Connection check = DriverManager.getConnection(url);
        Statement warmUp = check.createStatement()) {
      // A mistyped URL fails here rather than at a client's query. The query is always false,
      // so it calls no API, but the first client's query then finds the planner warm.
      warmUp.executeQuery("SELECT * FROM " + CccTables.ALL.get(0).name() + " WHERE 1 <> 1")
          .close();
    } catch (SQLException e) {
      err.println("serve: the driver cannot connect with --url: " + e.getMessage());
      return 1;
    }
    AutoCloseable running = settings.endpointOnly()
        ? endpointOnly(settings, url, out)
        : servePostgres(settings, url, out);
    awaitCtrlC(running, err);
    return 0;
  }

  private static AutoCloseable servePostgres(ServeSettings settings, String url, PrintStream out)
      throws Exception {
    ServedPostgres served = ServedPostgres.start(settings, () -> DriverManager.getConnection(url));
    out.println("PostgreSQL with the CCC tables (schema ccc) is ready; connect with:");
    out.println("  " + served.connectionString());
    out.println("Ctrl-C stops it. Files: " + settings.dataDirectory());
    out.flush();
    return served;
  }

  private static AutoCloseable endpointOnly(ServeSettings settings, String url, PrintStream out)
      throws Exception {
    String password = settings.password() != null
        ? settings.password() : new ServeLayout(settings.dataDirectory()).keptPassword();
    PgEndpoint endpoint = PgEndpoint.start(settings.port(),
        new EndpointCredentials(EndpointCredentials.FDW_USER, password),
        () -> DriverManager.getConnection(url));
    out.println("The ccc-jdbc endpoint for postgres_fdw listens on 127.0.0.1:" + endpoint.port()
        + " (user " + EndpointCredentials.FDW_USER + ").");
    out.println("Print the DDL for your PostgreSQL with: pg-ddl --port " + endpoint.port()
        + (settings.password() != null ? " --password ..." : " --data-dir "
        + settings.dataDirectory()));
    out.flush();
    return endpoint;
  }

  private static void awaitCtrlC(AutoCloseable running, PrintStream err)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        err.println("serve: stopping: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "ccc-serve-stop"));
    stopped.await();
  }
}
