package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiObject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything about one virtual table: name, remark, columns, keys, where its rows come from
 * and which filters push down into requests. Declared once per table (see
 * {@code docs/adding-a-table.md}); Calcite, the JDBC metadata, the documentation and the
 * PostgreSQL DDL all read it.
 *
 * @param rowsPerInstance a rough guess the planner uses to size this table
 */
public record TableDef(
    String name,
    String remark,
    List<ColumnDef> columns,
    List<String> primaryKey,
    List<ForeignKey> foreignKeys,
    RowSource source,
    List<Pushdown> pushdowns,
    double rowsPerInstance) {

  public TableDef {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
    pushdowns = List.copyOf(pushdowns);
    List<String> names = columns.stream().map(ColumnDef::name).toList();
    if (!names.containsAll(primaryKey)) {
      throw new IllegalArgumentException(name + ": a primary key column is not a column");
    }
    for (ColumnDef column : columns) {
      if (column.nullable() && primaryKey.contains(column.name())) {
        throw new IllegalArgumentException(name + "." + column.name()
            + " is in the primary key, so it must not be nullable: declare it with asKey()");
      }
    }
    for (Pushdown pushdown : pushdowns) {
      if (!names.contains(pushdown.column())) {
        throw new IllegalArgumentException(name + ": pushdown of unknown " + pushdown.column());
      }
    }
  }

  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The column's position, or -1. */
  public int columnIndex(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<Pushdown> pushdown(String column) {
    return pushdowns.stream().filter(p -> p.column().equals(column)).findFirst();
  }

  /** The column whose range is the request's time window, if the table has one. */
  public Optional<String> timeColumn() {
    return pushdowns.stream().filter(Pushdown.TimeRange.class::isInstance)
        .map(Pushdown::column).findFirst();
  }

  /**
   * The rows one item of an answer holds, in column order, handed to {@code sink}; times are
   * shown as wall-clock values in {@code zone}.
   */
  public void rows(String instanceId, ZoneId zone, ApiObject item, Consumer<Object[]> sink) {
    List<ApiObject> path = new ArrayList<>(source.nested().size() + 1);
    path.add(item);
    descend(instanceId, zone, path, sink);
  }

  private void descend(String instanceId, ZoneId zone, List<ApiObject> path,
      Consumer<Object[]> sink) {
    if (path.size() > source.nested().size()) {
      sink.accept(row(new SourceRow(instanceId, zone, List.copyOf(path))));
      return;
    }
    String field = source.nested().get(path.size() - 1);
    for (ApiObject child : path.get(path.size() - 1).objects(field)) {
      path.add(child);
      descend(instanceId, zone, path, sink);
      path.remove(path.size() - 1);
    }
  }

  private Object[] row(SourceRow source) {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      ColumnDef column = columns.get(i);
      Object value = column.reader().apply(source);
      if (value == null && !column.nullable()) {
        throw new MissingKeyValueException(name, column.name(), source.at(0).request());
      }
      row[i] = value;
    }
    return row;
  }

  /** Collects a table's parts in the order a declaration reads best. */
  public static final class Builder {
    private final String name;
    private String remark;
    private RowSource source;
    private final List<ColumnDef> columns = new ArrayList<>();
    private List<String> primaryKey = List.of();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Pushdown> pushdowns = new ArrayList<>();
    private double rowsPerInstance = 10;

    private Builder(String name) {
      this.name = name;
    }

    public Builder remark(String text) {
      this.remark = text;
      return this;
    }

    public Builder rowsFrom(RowSource rowSource) {
      this.source = rowSource;
      return this;
    }

    public Builder columns(ColumnDef... defs) {
      columns.addAll(List.of(defs));
      return this;
    }

    public Builder primaryKey(String... names) {
      this.primaryKey = List.of(names);
      return this;
    }

    /** {@code columns} reference the same-named columns of {@code table}. */
    public Builder references(String table, String... columnNames) {
      return references(List.of(columnNames), table, List.of(columnNames));
    }

    public Builder references(List<String> columnNames, String table, List<String> referenced) {
      foreignKeys.add(new ForeignKey(columnNames, table, referenced));
      return this;
    }

    public Builder pushdown(Pushdown pushdown) {
      pushdowns.add(pushdown);
      return this;
    }

    public Builder rowsPerInstance(double rows) {
      this.rowsPerInstance = rows;
      return this;
    }

    public TableDef build() {
      return new TableDef(name, remark, columns, primaryKey, foreignKeys, source, pushdowns,
          rowsPerInstance);
    }
  }
}
