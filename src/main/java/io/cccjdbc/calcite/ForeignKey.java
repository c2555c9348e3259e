package io.cccjdbc.calcite;

import java.util.List;

/** Columns of one table that refer to the primary key of another. */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {

  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
