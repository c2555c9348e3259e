package io.cccjdbc.cli;

import io.cccjdbc.pg.EndpointAddress;
import io.cccjdbc.pg.EndpointCredentials;
import io.cccjdbc.pg.ForeignSchemaDdl;
import io.cccjdbc.pg.ServeLayout;
import io.cccjdbc.pg.ServeSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code pg-ddl}: the statements that put the driver's tables into a PostgreSQL you run, as
 * foreign tables reading through {@code serve --endpoint-only}.
 */
final class PgDdlCommand {

  static final String USAGE = """
      usage: pg-ddl [--port 5433] [--password P] [--data-dir DIR]
        --port      the port of serve --endpoint-only; default 5433
        --password  its password; default: the one kept in --data-dir
        --data-dir  as given to serve; default ~/.ccc-jdbc/serve""";

  private PgDdlCommand() {
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    CommandLine line;
    int port;
    try {
      line = CommandLine.parse(args, Set.of("--port", "--password", "--data-dir"),
          Set.of("--help"));
      port = line.port("--port", ServeSettings.DEFAULT_PORT);
    } catch (CommandLine.UsageException e) {
      err.println("pg-ddl: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (line.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    String password = line.has("--password") ? line.get("--password", null)
        : new ServeLayout(Path.of(line.get("--data-dir", ServeLayout.defaultRoot().toString())))
            .keptPassword();
    EndpointAddress endpoint = new EndpointAddress(ServeSettings.LOOPBACK, port,
        EndpointCredentials.FDW_USER, password);
    out.println("-- The CCC tables as foreign tables of postgres_fdw, reading through");
    out.println("-- `serve --endpoint-only --port " + endpoint.port() + "` on this machine.");
    out.println("-- Run as a superuser (CREATE EXTENSION and CREATE SERVER need one), then");
    out.println("-- GRANT SELECT ON ALL TABLES IN SCHEMA ccc TO the roles that read them.");
    for (String statement : ForeignSchemaDdl.all(endpoint)) {
      out.println(statement + ";");
    }
    out.flush();
    return 0;
  }
}
