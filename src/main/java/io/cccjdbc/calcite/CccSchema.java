package io.cccjdbc.calcite;

import io.cccjdbc.fetch.InstanceSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** The {@code ccc} schema of one connection: the four tables over its instance source. */
public final class CccSchema extends AbstractSchema {

  public static final String NAME = "ccc";

  private final Map<String, Table> tables = new LinkedHashMap<>();

  public CccSchema(InstanceSource source) {
    for (TableDef<?> def : CccTables.ALL) {
      tables.put(def.name(), new CccTable(def, source));
    }
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
