package io.cccjdbc.tools;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ForeignKey;
import io.cccjdbc.calcite.TableDef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table of docs/metabase.md that says which fields to mark as Entity Key and Foreign Key
 * in Metabase's table metadata, from the catalog's keys. Metabase keeps one field per key, so
 * a composite key is marked on its last column, the one that tells rows of one instance apart.
 */
final class MetabaseKeysDoc {

  static final String BEGIN = "<!-- keys: generated from io.cccjdbc.calcite.CccTables by"
      + " PostgresGuidesTest; do not edit. -->";
  static final String END = "<!-- keys: end -->";

  private MetabaseKeysDoc() {
  }

  static String markdown() {
    StringBuilder text = new StringBuilder(BEGIN).append("\n\n")
        .append("| Table | Key in the driver | Entity Key | Foreign Key |\n|---|---|---|---|\n");
    for (TableDef table : CccTables.ALL) {
      String foreign = table.foreignKeys().stream()
          .map(MetabaseKeysDoc::foreignKey)
          .collect(Collectors.joining("<br>"));
      text.append("| `").append(table.name()).append("` | (")
          .append(String.join(", ", table.primaryKey())).append(") | `")
          .append(last(table.primaryKey())).append("` | ").append(foreign).append(" |\n");
    }
    return text.append('\n').append(END).toString();
  }

  private static String foreignKey(ForeignKey key) {
    return "`" + last(key.columns()) + "` → `" + key.referencedTable() + "."
        + last(key.referencedColumns()) + "`";
  }

  private static String last(List<String> columns) {
    return columns.get(columns.size() - 1);
  }
}
