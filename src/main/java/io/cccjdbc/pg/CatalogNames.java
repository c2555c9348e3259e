package io.cccjdbc.pg;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import java.util.HashSet;
import java.util.Set;

/** The schema, table and column names of the catalog, as postgres_fdw may send them. */
final class CatalogNames {

  static final Set<String> ALL = all();

  private CatalogNames() {
  }

  private static Set<String> all() {
    Set<String> names = new HashSet<>();
    names.add(ForeignSchemaDdl.REMOTE_SCHEMA);
    for (TableDef table : CccTables.ALL) {
      names.add(table.name());
      for (ColumnDef column : table.columns()) {
        names.add(column.name());
      }
    }
    return Set.copyOf(names);
  }
}
