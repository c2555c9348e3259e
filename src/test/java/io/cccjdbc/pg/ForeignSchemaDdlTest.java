package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** The DDL comes from the catalog: every table, column, type and remark, and nothing else. */
class ForeignSchemaDdlTest {

  private static final EndpointAddress ENDPOINT =
      new EndpointAddress("127.0.0.1", 5433, EndpointCredentials.FDW_USER, "s3cret");

  @Test
  void everyCatalogTableIsOneForeignTableWithItsColumnsInOrder() {
    List<String> statements = ForeignSchemaDdl.all(ENDPOINT);
    for (TableDef table : CccTables.ALL) {
      String create = statements.stream()
          .filter(s -> s.startsWith("CREATE FOREIGN TABLE \"ccc\".\"" + table.name() + "\" ("))
          .findFirst().orElseThrow(() -> new AssertionError("no table " + table.name()));
      int at = 0;
      for (ColumnDef column : table.columns()) {
        String line = "  \"" + column.name() + "\" " + PgTypes.of(column.type())
            + (column.nullable() ? "" : " NOT NULL");
        int found = create.indexOf(line, at);
        assertTrue(found > at, table.name() + " lacks, or misplaces, " + line + " in " + create);
        at = found;
      }
      assertTrue(create.endsWith("SERVER \"ccc_jdbc\" OPTIONS (schema_name 'ccc', table_name '"
          + table.name() + "')"), create);
      assertTrue(statements.contains("COMMENT ON FOREIGN TABLE \"ccc\".\"" + table.name()
          + "\" IS " + PgText.literal(table.remark())));
      for (ColumnDef column : table.columns()) {
        assertTrue(statements.contains("COMMENT ON COLUMN \"ccc\".\"" + table.name() + "\".\""
            + column.name() + "\" IS " + PgText.literal(column.remark())), column.name());
      }
    }
    long tables = statements.stream().filter(s -> s.startsWith("CREATE FOREIGN TABLE")).count();
    assertEquals(CccTables.ALL.size(), tables);
  }

  @Test
  void theServerAndUserMappingReachTheEndpoint() {
    List<String> statements = ForeignSchemaDdl.all(ENDPOINT);
    assertEquals("CREATE EXTENSION IF NOT EXISTS postgres_fdw", statements.get(0));
    assertTrue(statements.get(1).contains("host '127.0.0.1', port '5433', dbname 'ccc'"));
    assertTrue(statements.get(1).contains("use_remote_estimate 'false', updatable 'false'"));
    assertEquals("CREATE USER MAPPING FOR PUBLIC SERVER \"ccc_jdbc\" OPTIONS (user 'ccc_fdw',"
        + " password 's3cret')", statements.get(2));
  }

  @Test
  void everySqlTypeTheDriverMayUseHasAPostgresType() {
    Map<SqlTypeName, String> expected = Map.ofEntries(
        Map.entry(SqlTypeName.VARCHAR, "text"),
        Map.entry(SqlTypeName.CHAR, "text"),
        Map.entry(SqlTypeName.BOOLEAN, "boolean"),
        Map.entry(SqlTypeName.SMALLINT, "smallint"),
        Map.entry(SqlTypeName.INTEGER, "integer"),
        Map.entry(SqlTypeName.BIGINT, "bigint"),
        Map.entry(SqlTypeName.REAL, "real"),
        Map.entry(SqlTypeName.DOUBLE, "double precision"),
        Map.entry(SqlTypeName.DECIMAL, "numeric"),
        Map.entry(SqlTypeName.DATE, "date"),
        Map.entry(SqlTypeName.TIME, "time without time zone"),
        Map.entry(SqlTypeName.TIMESTAMP, "timestamp without time zone"),
        Map.entry(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, "timestamp with time zone"),
        Map.entry(SqlTypeName.VARBINARY, "bytea"));
    expected.forEach((type, postgres) -> assertEquals(postgres, PgTypes.of(type), type.name()));
    for (TableDef table : CccTables.ALL) {
      for (ColumnDef column : table.columns()) {
        assertTrue(expected.containsKey(column.type()), table.name() + "." + column.name());
      }
    }
  }

  @Test
  void aTypeWithoutPostgresCounterpartFailsAndSaysWhere() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PgTypes.of(SqlTypeName.MAP));
    assertTrue(e.getMessage().contains("MAP") && e.getMessage().contains("PgTypes"),
        e.getMessage());
  }

  @Test
  void quotesInRemarksAndNamesAreDoubled() {
    assertEquals("'it''s'", PgText.literal("it's"));
    assertEquals("\"a\"\"b\"", PgText.name("a\"b"));
  }
}
