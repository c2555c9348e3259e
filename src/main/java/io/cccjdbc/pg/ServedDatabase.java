package io.cccjdbc.pg;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.TableDef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the embedded PostgreSQL's database {@code ccc} up to date on every start: the login
 * {@code ccc} with its password, the foreign server pointed at this start's endpoint, and one
 * foreign table per catalog table. A table whose columns still match is kept (with views on
 * it); one that changed is dropped and created again; one the catalog lost is dropped.
 */
final class ServedDatabase {

  static final String DATABASE = "ccc";
  static final String LOGIN = "ccc";

  private static final Logger LOG = LoggerFactory.getLogger(ServedDatabase.class);

  private static final String FOREIGN_TABLES = """
      SELECT c.relname, string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END, ', ' ORDER BY a.attnum)
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = '%s' AND c.relkind = 'f'
      GROUP BY c.relname""".formatted(ForeignSchemaDdl.SCHEMA);

  private ServedDatabase() {
  }

  static void update(PostgresServer server, EndpointAddress endpoint, String loginPassword)
      throws IOException, PostgresException {
    try (AdminClient postgres = server.admin("postgres")) {
      String login = PgText.name(LOGIN);
      if (postgres.query("SELECT 1 FROM pg_roles WHERE rolname = " + PgText.literal(LOGIN))
          .isEmpty()) {
        postgres.query("CREATE ROLE " + login + " LOGIN");
      }
      postgres.query("ALTER ROLE " + login + " LOGIN PASSWORD " + PgText.literal(loginPassword));
      if (postgres.query("SELECT 1 FROM pg_database WHERE datname = "
          + PgText.literal(DATABASE)).isEmpty()) {
        postgres.query("CREATE DATABASE " + PgText.name(DATABASE) + " OWNER " + login
            + " ENCODING 'UTF8' TEMPLATE template0");
      }
    }
    try (AdminClient ccc = server.admin(DATABASE)) {
      ccc.query(String.join(";\n", statements(ccc, endpoint)));
    }
  }

  private static List<String> statements(AdminClient ccc, EndpointAddress endpoint)
      throws IOException, PostgresException {
    List<String> statements = new ArrayList<>();
    String login = PgText.name(LOGIN);
    String schema = PgText.name(ForeignSchemaDdl.SCHEMA);
    statements.add("CREATE EXTENSION IF NOT EXISTS postgres_fdw");
    boolean serverExists = !ccc.query("SELECT 1 FROM pg_foreign_server WHERE srvname = "
        + PgText.literal(ForeignSchemaDdl.SERVER)).isEmpty();
    if (serverExists) {
      statements.add(ForeignSchemaDdl.alterServerAddress(endpoint));
      statements.add(ForeignSchemaDdl.alterUserMapping(endpoint));
    } else {
      statements.add(ForeignSchemaDdl.createServer(endpoint));
      statements.add(ForeignSchemaDdl.createUserMapping(endpoint));
    }
    statements.add("CREATE SCHEMA IF NOT EXISTS " + schema);
    statements.add("GRANT USAGE ON SCHEMA " + schema + " TO " + login);
    statements.add("ALTER ROLE " + login + " IN DATABASE " + PgText.name(DATABASE)
        + " SET search_path = " + schema + ", public");

    Map<String, String> existing = new HashMap<>();
    if (serverExists) {
      for (List<String> row : ccc.query(FOREIGN_TABLES)) {
        existing.put(row.get(0), row.get(1));
      }
    }
    Set<String> catalog = CccTables.ALL.stream().map(TableDef::name).collect(Collectors.toSet());
    for (String table : existing.keySet()) {
      if (!catalog.contains(table)) {
        LOG.info("dropping foreign table {}, which the driver no longer has", table);
        statements.add("DROP FOREIGN TABLE " + schema + "." + PgText.name(table) + " CASCADE");
      }
    }
    for (TableDef table : CccTables.ALL) {
      String columns = existing.get(table.name());
      if (columns != null && !columns.equals(ForeignSchemaDdl.signature(table))) {
        LOG.info("recreating foreign table {}: its columns changed", table.name());
        statements.add("DROP FOREIGN TABLE " + ForeignSchemaDdl.qualified(table) + " CASCADE");
        columns = null;
      }
      if (columns == null) {
        statements.add(ForeignSchemaDdl.createTable(table));
      }
      statements.addAll(ForeignSchemaDdl.comments(table));
    }
    statements.add("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + login);
    return statements;
  }
}
