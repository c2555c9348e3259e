package io.cccjdbc.calcite;

import io.cccjdbc.fetch.FetchSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** The {@code ccc} schema of one connection: every table of the catalog over its fetches. */
public final class CccSchema extends AbstractSchema {

  public static final String NAME = "ccc";

  private final Map<String, Table> tables = new LinkedHashMap<>();

  public CccSchema(FetchSource source) {
    for (TableDef def : CccTables.ALL) {
      tables.put(def.name(), new CccTable(def, source));
    }
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
