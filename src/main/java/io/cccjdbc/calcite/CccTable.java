package io.cccjdbc.calcite;

import io.cccjdbc.api.Instance;
import io.cccjdbc.fetch.CloseableIterator;
import io.cccjdbc.fetch.InstanceSource;
import io.cccjdbc.fetch.StatementFetch;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.util.ImmutableBitSet;

/** One of the four tables of one connection; its rows come from the connection's instances. */
public final class CccTable extends AbstractTable implements TranslatableTable {

  private final TableDef<?> def;
  private final InstanceSource source;
  private final Statistic statistic;

  CccTable(TableDef<?> def, InstanceSource source) {
    this.def = def;
    this.source = source;
    List<String> names = def.columns().stream().map(ColumnDef::name).toList();
    ImmutableBitSet key =
        ImmutableBitSet.of(def.primaryKey().stream().mapToInt(names::indexOf).toArray());
    this.statistic = Statistics.of(CccTableScan.ASSUMED_INSTANCES * def.rowsPerInstance(),
        List.of(key));
  }

  TableDef<?> def() {
    return def;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (ColumnDef<?> column : def.columns()) {
      builder.add(column.name(), typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(column.type()), column.nullable()));
    }
    return builder.build();
  }

  /** Asked often while planning; it never changes, so it is worked out once. */
  @Override
  public Statistic getStatistic() {
    return statistic;
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return new CccTableScan(context.getCluster(), relOptTable, null);
  }

  /**
   * Called by the code Calcite generates for a {@link CccTableScan}.
   *
   * @param instanceIds the ids to fetch, or null for every instance; null and empty entries
   *     (a parameter bound to NULL, {@code instance_id = ''}) name no instance, so nothing is
   *     fetched for them
   */
  public Enumerable<Object[]> scan(DataContext root, String[] instanceIds) {
    StatementFetch fetch = statementFetch(root);
    List<String> ids = instanceIds == null
        ? null
        : Arrays.stream(instanceIds).filter(id -> id != null && !id.isEmpty()).toList();
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        return new RowEnumerator(def, fetch, ids);
      }
    };
  }

  private StatementFetch statementFetch(DataContext root) {
    Object statementKey = root.get(DataContext.Variable.CANCEL_FLAG.camelName);
    StatementFetch fetch = source.current(statementKey != null ? statementKey : root);
    if (root.get(DataContext.Variable.TIMEOUT.camelName) instanceof Long timeoutMillis) {
      fetch.setTimeoutMillis(timeoutMillis);
    }
    return fetch;
  }

  /** Rows of the table, instance after instance as they arrive. */
  private static final class RowEnumerator implements Enumerator<Object[]> {
    private final TableDef<?> def;
    private final StatementFetch fetch;
    private final List<String> ids;
    private CloseableIterator<Instance> instances;
    private Iterator<Object[]> rows = Collections.emptyIterator();
    private Object[] current;

    RowEnumerator(TableDef<?> def, StatementFetch fetch, List<String> ids) {
      this.def = def;
      this.fetch = fetch;
      this.ids = ids;
    }

    @Override
    public Object[] current() {
      return current;
    }

    @Override
    public boolean moveNext() {
      if (instances == null) {
        instances = fetch.instances(ids, def.needsNumberDetails());
      }
      while (!rows.hasNext()) {
        if (!instances.hasNext()) {
          return false;
        }
        rows = def.rows(instances.next()).iterator();
      }
      current = rows.next();
      return true;
    }

    /** Starts over; instances already fetched by this statement are not fetched again. */
    @Override
    public void reset() {
      close();
      instances = null;
      rows = Collections.emptyIterator();
      current = null;
    }

    @Override
    public void close() {
      if (instances != null) {
        instances.close();
      }
    }
  }
}
