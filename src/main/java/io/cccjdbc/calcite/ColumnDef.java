package io.cccjdbc.calcite;

import java.util.function.Function;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One column of a table: its SQL name and type, whether it can be NULL, its remark (the
 * reference's description) and how its value is read from a row's source objects.
 */
public record ColumnDef(
    String name,
    SqlTypeName type,
    boolean nullable,
    String remark,
    Function<SourceRow, Object> reader) {

  /** The same column as part of a key: never NULL, and a row without it is an error. */
  public ColumnDef asKey() {
    return new ColumnDef(name, type, false, remark, reader);
  }
}
