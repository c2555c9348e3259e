package io.cccjdbc.pg;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that put the driver's tables into a PostgreSQL database as foreign tables of
 * postgres_fdw, all read from the catalog: one per table, with its columns, types and remarks.
 */
public final class ForeignSchemaDdl {

  /** The foreign server, the schema of the foreign tables, and the schema the endpoint serves. */
  public static final String SERVER = "ccc_jdbc";
  public static final String SCHEMA = "ccc";
  static final String REMOTE_SCHEMA = "ccc";

  /**
   * Rows per round trip; the endpoint streams a cursor, so a larger batch only saves round
   * trips. Remote estimates would send EXPLAIN, which the driver's SQL has no form of; the
   * driver is read-only, so the tables are declared so.
   */
  private static final String FETCH_SIZE = "1000";

  private ForeignSchemaDdl() {
  }

  /** Everything, in order, for a database that has none of it yet (the {@code pg-ddl} text). */
  public static List<String> all(EndpointAddress endpoint) {
    List<String> statements = new ArrayList<>();
    statements.add("CREATE EXTENSION IF NOT EXISTS postgres_fdw");
    statements.add(createServer(endpoint));
    statements.add(createUserMapping(endpoint));
    statements.add("CREATE SCHEMA IF NOT EXISTS " + PgText.name(SCHEMA));
    for (TableDef table : CccTables.ALL) {
      statements.add(createTable(table));
      statements.addAll(comments(table));
    }
    return statements;
  }

  static String createServer(EndpointAddress endpoint) {
    return "CREATE SERVER " + PgText.name(SERVER) + " FOREIGN DATA WRAPPER postgres_fdw OPTIONS ("
        + "host " + PgText.literal(endpoint.host())
        + ", port " + PgText.literal(Integer.toString(endpoint.port()))
        + ", dbname " + PgText.literal(REMOTE_SCHEMA)
        + ", sslmode 'disable', gssencmode 'disable'"
        + ", fetch_size " + PgText.literal(FETCH_SIZE)
        + ", use_remote_estimate 'false', updatable 'false', truncatable 'false')";
  }

  /** Points an existing server at the endpoint's address of this start. */
  static String alterServerAddress(EndpointAddress endpoint) {
    return "ALTER SERVER " + PgText.name(SERVER) + " OPTIONS ("
        + "SET host " + PgText.literal(endpoint.host())
        + ", SET port " + PgText.literal(Integer.toString(endpoint.port())) + ")";
  }

  /** For every role: each PostgreSQL user reads the tables through the same endpoint login. */
  static String createUserMapping(EndpointAddress endpoint) {
    return "CREATE USER MAPPING FOR PUBLIC SERVER " + PgText.name(SERVER) + " OPTIONS ("
        + "user " + PgText.literal(endpoint.user())
        + ", password " + PgText.literal(endpoint.password()) + ")";
  }

  static String alterUserMapping(EndpointAddress endpoint) {
    return "ALTER USER MAPPING FOR PUBLIC SERVER " + PgText.name(SERVER) + " OPTIONS ("
        + "SET user " + PgText.literal(endpoint.user())
        + ", SET password " + PgText.literal(endpoint.password()) + ")";
  }

  static String createTable(TableDef table) {
    String columns = table.columns().stream()
        .map(column -> "  " + PgText.name(column.name()) + " " + columnType(column))
        .collect(Collectors.joining(",\n"));
    return "CREATE FOREIGN TABLE " + qualified(table) + " (\n" + columns + "\n) SERVER "
        + PgText.name(SERVER) + " OPTIONS (schema_name " + PgText.literal(REMOTE_SCHEMA)
        + ", table_name " + PgText.literal(table.name()) + ")";
  }

  static List<String> comments(TableDef table) {
    List<String> comments = new ArrayList<>();
    comments.add("COMMENT ON FOREIGN TABLE " + qualified(table) + " IS "
        + PgText.literal(table.remark()));
    for (ColumnDef column : table.columns()) {
      comments.add("COMMENT ON COLUMN " + qualified(table) + "." + PgText.name(column.name())
          + " IS " + PgText.literal(column.remark()));
    }
    return comments;
  }

  /**
   * The columns as PostgreSQL describes them back ({@code format_type}, {@code attnotnull}),
   * so a served database can tell whether a foreign table still matches the catalog.
   */
  static String signature(TableDef table) {
    return table.columns().stream()
        .map(column -> column.name() + " " + columnType(column))
        .collect(Collectors.joining(", "));
  }

  static String qualified(TableDef table) {
    return PgText.name(SCHEMA) + "." + PgText.name(table.name());
  }

  private static String columnType(ColumnDef column) {
    return PgTypes.of(column.type()) + (column.nullable() ? "" : " NOT NULL");
  }
}
