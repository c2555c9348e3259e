package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.fetch.CloseableIterator;
import io.cccjdbc.fetch.FetchSource;
import io.cccjdbc.fetch.StatementFetch;
import io.cccjdbc.fetch.StatementFetch.Result;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
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
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;

/** One table of one connection: its rows come from the requests its declaration names. */
public final class CccTable extends AbstractTable implements TranslatableTable {

  private final TableDef def;
  private final FetchSource source;
  private final Statistic statistic;
  private final List<String> pushableColumns;
  private final int[] keyColumns;

  CccTable(TableDef def, FetchSource source) {
    this.def = def;
    this.source = source;
    List<String> names = def.columns().stream().map(ColumnDef::name).toList();
    this.keyColumns = def.primaryKey().stream().mapToInt(names::indexOf).toArray();
    this.statistic = Statistics.of(CccTableScan.ASSUMED_INSTANCES * def.rowsPerInstance(),
        List.of(ImmutableBitSet.of(keyColumns)));
    List<String> pushable = new ArrayList<>(List.of(CccTables.INSTANCE_ID));
    def.pushdowns().forEach(pushdown -> pushable.add(pushdown.column()));
    this.pushableColumns = List.copyOf(pushable);
  }

  TableDef def() {
    return def;
  }

  /** {@code instance_id}, then each declared pushdown's column: the order scans pass values. */
  List<String> pushableColumns() {
    return pushableColumns;
  }

  /** Whether a filter allowing {@code valueCount} values of the column is worth pushing. */
  boolean pushes(String column, int valueCount) {
    if (column.equals(CccTables.INSTANCE_ID)) {
      return true;
    }
    return !(def.pushdown(column).orElseThrow() instanceof Pushdown.Single) || valueCount == 1;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (ColumnDef column : def.columns()) {
      // Milliseconds are part of every time the API sends.
      RelDataType type = column.type() == SqlTypeName.TIMESTAMP
          ? typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3)
          : typeFactory.createSqlType(column.type());
      builder.add(column.name(), typeFactory.createTypeWithNullability(type, column.nullable()));
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
    return new CccTableScan(context.getCluster(), relOptTable, Map.of(), Map.of());
  }

  /**
   * Called by the code Calcite generates for a {@link CccTableScan}.
   *
   * @param pushed for each of {@link #pushableColumns()}, the values pushed (literals, or
   *     parameter values bound at execution), or null if none were
   */
  public Enumerable<Object[]> scan(DataContext root, Object[][] pushed) {
    StatementFetch fetch = statementFetch(root);
    Map<String, List<String>> values = new HashMap<>();
    Map<String, Object[]> ranges = new HashMap<>();
    for (int i = 0; i < pushed.length; i++) {
      String column = pushableColumns.get(i);
      if (pushed[i] == null) {
        continue;
      }
      if (def.pushdown(column).orElse(null) instanceof Pushdown.TimeRange) {
        ranges.put(column, pushed[i]);
      } else {
        values.put(column, Arrays.stream(pushed[i])
            .map(value -> value == null ? null : value.toString()).toList());
      }
    }
    ZoneId zone = zoneOf(root);
    RequestPlan plan = new RequestPlan(def, values, ranges, zone,
        DataContext.Variable.UTC_TIMESTAMP.get(root) instanceof Long now
            ? now : System.currentTimeMillis());
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        return new RowEnumerator(fetch, plan, zone);
      }
    };
  }

  /** The connection's time zone: the wall clock TIMESTAMP values are shown in. */
  private static ZoneId zoneOf(DataContext root) {
    Object zone = DataContext.Variable.TIME_ZONE.get(root);
    return zone instanceof TimeZone timeZone ? timeZone.toZoneId() : ZoneId.systemDefault();
  }

  private StatementFetch statementFetch(DataContext root) {
    Object statementKey = root.get(DataContext.Variable.CANCEL_FLAG.camelName);
    StatementFetch fetch = source.current(statementKey != null ? statementKey : root);
    if (root.get(DataContext.Variable.TIMEOUT.camelName) instanceof Long timeoutMillis) {
      fetch.setTimeoutMillis(timeoutMillis);
    }
    return fetch;
  }

  /** Rows of the table, request after request as the answers arrive. */
  private final class RowEnumerator implements Enumerator<Object[]> {
    private final StatementFetch fetch;
    private final RequestPlan plan;
    private final ZoneId zone;
    /** Keys already returned, when answers of several requests may hold the same row. */
    private final Set<List<Object>> seen;
    private CloseableIterator<Result> results;
    private Iterator<Object[]> rows = Collections.emptyIterator();
    private Object[] current;

    RowEnumerator(StatementFetch fetch, RequestPlan plan, ZoneId zone) {
      this.fetch = fetch;
      this.plan = plan;
      this.zone = zone;
      this.seen = plan.fansOut() ? new HashSet<>() : null;
    }

    @Override
    public Object[] current() {
      return current;
    }

    @Override
    public boolean moveNext() {
      if (results == null) {
        results = open();
      }
      while (!rows.hasNext()) {
        if (!results.hasNext()) {
          return false;
        }
        Result result = results.next();
        String requestedId = result.request() == null
            ? null
            : result.request().parameter("InstanceId");
        rows = rowsOf(requestedId, result.items()).iterator();
      }
      current = rows.next();
      return true;
    }

    private CloseableIterator<Result> open() {
      plan.requireWindow();
      if (def.source().discoveryServes() && fetch.readsEveryInstance(plan.instanceIds())) {
        // The items of the instance list are the instances themselves, each with its Id.
        List<Result> all = List.of(new Result(null, fetch.discoveredInstances()));
        return CloseableIterator.of(all.iterator());
      }
      return fetch.results(this::requests);
    }

    /** Every request of the scan, once the instances (and lists some need) are known. */
    private List<ApiRequest> requests() {
      List<String> ids = fetch.instanceIds(plan.instanceIds());
      Map<String, List<String>> listed = listedValues(ids);
      return ids.stream()
          .flatMap(id -> plan.requestsFor(id, listed.getOrDefault(id, List.of())).stream())
          .toList();
    }

    /** For each instance, the values its list gives a parameter no filter gave. */
    private Map<String, List<String>> listedValues(List<String> ids) {
      Map<String, List<String>> listed = new HashMap<>();
      List<ApiRequest> listings = ids.stream().map(plan::listingFor)
          .filter(Objects::nonNull).toList();
      if (listings.isEmpty()) {
        return listed;
      }
      try (CloseableIterator<Result> lists = fetch.results(() -> listings)) {
        lists.forEachRemaining(list -> listed.put(list.request().parameter("InstanceId"),
            list.items().stream().map(plan::listedValue)
                .filter(Objects::nonNull).distinct().toList()));
      }
      return listed;
    }

    private List<Object[]> rowsOf(String requestedId, List<ApiObject> items) {
      List<Object[]> out = new ArrayList<>();
      String idField = def.source().instanceIdField();
      for (ApiObject item : items) {
        String own = idField == null ? null : item.string(idField);
        def.rows(own != null ? own : requestedId, zone, item, row -> {
          if (seen == null || seen.add(key(row))) {
            out.add(row);
          }
        });
      }
      return out;
    }

    private List<Object> key(Object[] row) {
      List<Object> key = new ArrayList<>(keyColumns.length);
      for (int column : keyColumns) {
        key.add(row[column]);
      }
      return key;
    }

    /** Starts over; what this statement already fetched is not fetched again. */
    @Override
    public void reset() {
      close();
      results = null;
      rows = Collections.emptyIterator();
      current = null;
      if (seen != null) {
        seen.clear();
      }
    }

    @Override
    public void close() {
      if (results != null) {
        results.close();
      }
    }
  }
}
