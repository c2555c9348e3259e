package io.cccjdbc.calcite;

import io.cccjdbc.DocFiles;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code docs/tables.md} is the table catalog, rendered; it must never drift from it. */
class TablesDocTest {

  static String render() {
    StringBuilder doc = new StringBuilder()
        .append("# Tables\n\n")
        .append("<!-- Generated from io.cccjdbc.calcite.CccTables by TablesDocTest; do not edit. -->\n\n")
        .append("All tables live in the schema `ccc`, the connection's default schema. Every ")
        .append("table carries `instance_id`; a filter on it (`=`, `IN`, `OR`, `?` parameters, ")
        .append("also through joins on `instance_id`) decides which instances are fetched. ")
        .append("Filters on the other pushed columns listed per table become request ")
        .append("parameters, and stay applied to the rows that come back. ")
        .append("Column names are the API's field names in snake_case. A field the API leaves ")
        .append("out is NULL; a key column the API leaves out fails the query rather than ")
        .append("invent a value. Remarks are the descriptions of the actions' reference pages ")
        .append("(OpenAPI 2020-07-01), in English with the original Chinese. How to add a ")
        .append("table: [adding-a-table.md](adding-a-table.md).\n");
    for (TableDef table : CccTables.ALL) {
      doc.append("\n## ").append(table.name()).append("\n\n")
          .append(table.remark()).append("\n\n")
          .append("Rows from: `").append(table.source().action().name()).append("`, one ")
          .append(table.source().action().isPaged() ? "paged request" : "request")
          .append(" per instance")
          .append(table.source().action().window() == null ? ""
              : " and time window (wide windows are read in as many requests as the API's"
                  + " limits need)")
          .append(table.source().discoveryServes()
              ? " (a scan of every instance reads the `ListInstances` pages instead)" : "")
          .append(table.source().action().snapshot()
              ? "; a live snapshot, read anew by every statement" : "")
          .append(".\n\n")
          .append("Primary key: (").append(String.join(", ", table.primaryKey())).append(")\n");
      for (Pushdown pushdown : table.pushdowns()) {
        doc.append("\nPushed: ").append(describe(pushdown)).append('\n');
      }
      for (ForeignKey key : table.foreignKeys()) {
        doc.append("\nForeign key: (").append(String.join(", ", key.columns())).append(") → ")
            .append(key.referencedTable()).append(" (")
            .append(String.join(", ", key.referencedColumns())).append(")\n");
      }
      doc.append("\n| Column | Type | Null | Description |\n|---|---|---|---|\n");
      doc.append(table.columns().stream()
          .map(c -> "| `" + c.name() + "` | " + c.type().getName() + " | "
              + (c.nullable() ? "yes" : "no") + " | " + c.remark() + " |")
          .collect(Collectors.joining("\n")));
      doc.append('\n');
    }
    return doc.toString();
  }

  private static String describe(Pushdown pushdown) {
    String column = "`" + pushdown.column() + "`";
    String parameter = "`" + pushdown.parameter() + "`";
    if (pushdown instanceof Pushdown.ValueList list) {
      return column + " `=` or `IN` → " + parameter + " (a JSON list, at most "
          + list.maxPerRequest() + " values a request)";
    }
    if (pushdown instanceof Pushdown.TimeRange time) {
      return column + " `>=`, `>`, `<`, `<=`, `=`, `BETWEEN` (also on `CAST(" + pushdown.column()
          + " AS DATE)` and `FLOOR(" + pushdown.column() + " TO ...)`) → " + parameter + " and `"
          + time.endParameter() + "`; a lower bound is required, no upper bound means now";
    }
    if (pushdown instanceof Pushdown.PerItem perItem) {
      return column + " `=` or `IN` → " + parameter + ", one request each; without such a"
          + " filter, one for each `" + perItem.itemField() + "` of `"
          + perItem.listAction().name() + "`";
    }
    if (pushdown instanceof Pushdown.EachOf each) {
      return column + " `=` or `IN` → " + parameter + "; without such a filter, one request for"
          + " each of " + String.join(", ", each.values());
    }
    return column + " `=` → " + parameter;
  }

  @Test
  void tablesDocMatchesTheCatalog() throws IOException {
    DocFiles.assertMatches("docs/tables.md", render(), TablesDocTest.class);
  }
}
