package io.cccjdbc.calcite;

import java.util.function.Function;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One column of a table: its SQL name and type, whether it can be NULL, its remark (the
 * spec's description) and how its value is read from one row's source object.
 */
public record ColumnDef<R>(
    String name,
    SqlTypeName type,
    boolean nullable,
    String remark,
    Function<R, Object> reader) {
}
