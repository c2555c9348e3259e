package io.cccjdbc.calcite;

import io.cccjdbc.api.Instance;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One virtual table: name, remark, columns, keys, and how its rows come out of one
 * instance's {@code GetInstance} data.
 *
 * @param needsNumberDetails whether rows need {@code NumberList} details, which only
 *     {@code GetInstance} carries ({@code ListInstances} sends bare numbers)
 * @param rowsPerInstance a rough guess the planner uses to size this table
 */
public record TableDef<R>(
    String name,
    String remark,
    List<ColumnDef<R>> columns,
    List<String> primaryKey,
    List<ForeignKey> foreignKeys,
    boolean needsNumberDetails,
    double rowsPerInstance,
    Function<Instance, Stream<R>> sources) {

  public TableDef {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
  }

  /** The rows of this table that one instance holds, in column order. */
  public Stream<Object[]> rows(Instance instance) {
    return sources.apply(instance).map(source -> row(instance.id(), source));
  }

  private Object[] row(String instanceId, R source) {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      ColumnDef<R> column = columns.get(i);
      Object value = column.reader().apply(source);
      if (value == null && !column.nullable()) {
        throw new MissingKeyValueException(name, column.name(), instanceId);
      }
      row[i] = value;
    }
    return row;
  }
}
