package io.cccjdbc.calcite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgramBuilder;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Scan of a CCC table, with the values its filter pushes into requests: {@code instanceIds}
 * (from {@code WHERE instance_id ...}) picks the instances, without it every instance the
 * connection scans is read; each other pushed column fills its request parameter. EXPLAIN
 * shows them under the parameter's name, e.g. {@code SkillGroupId=[['g1']]}.
 */
final class CccTableScan extends TableScan implements EnumerableRel {

  /** How many instances the planner assumes an unfiltered scan reads. */
  static final double ASSUMED_INSTANCES = 100;

  /** The share of a table's rows the planner assumes a pushed parameter keeps. */
  private static final double PUSHED_SELECTIVITY = 0.2;

  /** Pushed values by column, in {@link CccTable#pushableColumns()} order. */
  private final Map<String, List<PushedValue>> pushed;
  /** Pushed windows of time columns. */
  private final Map<String, PushedRange> ranges;

  CccTableScan(RelOptCluster cluster, RelOptTable table, Map<String, List<PushedValue>> pushed,
      Map<String, PushedRange> ranges) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.pushed = Collections.unmodifiableMap(new LinkedHashMap<>(pushed));
    this.ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
  }

  /** The values pushed into requests, by column; empty if nothing is. */
  Map<String, List<PushedValue>> pushed() {
    return pushed;
  }

  /** The windows pushed for time columns; empty if none is. */
  Map<String, PushedRange> ranges() {
    return ranges;
  }

  CccTableScan withPushed(Map<String, List<PushedValue>> values,
      Map<String, PushedRange> windows) {
    return new CccTableScan(getCluster(), table, values, windows);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CccTableScan(getCluster(), table, pushed, ranges);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    RelWriter writer = super.explainTerms(pw);
    for (String column : cccTable().pushableColumns()) {
      List<PushedValue> values = pushed.get(column);
      if (values != null) {
        writer.item(column.equals(CccTables.INSTANCE_ID)
            ? "instanceIds"
            : cccTable().def().pushdown(column).orElseThrow().parameter(), values);
      }
      PushedRange range = ranges.get(column);
      if (range != null) {
        writer.item(cccTable().def().pushdown(column).orElseThrow().parameter(), range);
      }
    }
    return writer;
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    List<PushedValue> ids = pushed.get(CccTables.INSTANCE_ID);
    double instances = ids == null ? ASSUMED_INSTANCES : ids.size();
    double rows = instances * cccTable().def().rowsPerInstance();
    for (String column : pushed.keySet()) {
      if (!column.equals(CccTables.INSTANCE_ID)) {
        rows *= PUSHED_SELECTIVITY;
      }
    }
    return rows;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = estimateRowCount(mq);
    return planner.getCostFactory().makeCost(rows, rows, rows);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        JavaRowFormat.ARRAY, false);
    BlockBuilder builder = new BlockBuilder();
    List<Expression> values = new ArrayList<>();
    for (String column : cccTable().pushableColumns()) {
      List<PushedValue> columnValues = pushed.get(column);
      PushedRange range = ranges.get(column);
      if (columnValues != null) {
        values.add(valuesExpression(implementor, columnValues));
      } else if (range != null) {
        values.add(rangeExpression(implementor, builder, range));
      } else {
        values.add(Expressions.constant(null, Object[].class));
      }
    }
    builder.add(Expressions.return_(null,
        Expressions.call(tableExpression(), "scan", implementor.getRootExpression(),
            Expressions.newArrayInit(Object.class, 2, values))));
    return implementor.result(physType, builder.toBlock());
  }

  /**
   * {@code {lower, upper, slack, hasLower, hasUpper, upperIncluded}}: the bounds as the
   * generated code works them out when the statement executes (TIMESTAMPs as local
   * milliseconds, DATEs as days); a bound that is there but works out to NULL (a parameter
   * bound to NULL) matches nothing.
   */
  private Expression rangeExpression(EnumerableRelImplementor implementor, BlockBuilder builder,
      PushedRange range) {
    RexBuilder rexBuilder = getCluster().getRexBuilder();
    RexProgramBuilder program =
        new RexProgramBuilder(getCluster().getTypeFactory().builder().build(), rexBuilder);
    List<RexNode> bounds = new ArrayList<>();
    if (range.lower() != null) {
      bounds.add(range.lower());
    }
    if (range.upper() != null) {
      bounds.add(range.upper());
    }
    bounds.forEach(bound -> program.addProject(bound, null));
    List<Expression> translated = RexToLixTranslator.translateProjects(program.getProgram(),
        implementor.getTypeFactory(), implementor.getConformance(), builder, null, null,
        implementor.getRootExpression(), (list, index, storageType) -> {
          throw new IllegalStateException("a pushed bound refers to no column");
        }, null);
    int next = 0;
    Expression lower = range.lower() == null
        ? Expressions.constant(null) : Expressions.box(translated.get(next++));
    Expression upper = range.upper() == null
        ? Expressions.constant(null) : Expressions.box(translated.get(next));
    return Expressions.newArrayInit(Object.class, lower, upper,
        Expressions.constant(range.upperSlackMillis(), Object.class),
        Expressions.constant(range.lower() != null, Object.class),
        Expressions.constant(range.upper() != null, Object.class),
        Expressions.constant(range.upperIncluded(), Object.class));
  }

  /**
   * Looks the table up by name in the executing connection's schema, so that generated
   * code holds no reference to one connection and can be shared between them.
   */
  private Expression tableExpression() {
    List<String> path = table.getQualifiedName();
    Expression schema =
        Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET_ROOT_SCHEMA.method);
    for (String name : path.subList(0, path.size() - 1)) {
      schema = Expressions.call(schema, BuiltInMethod.SCHEMA_GET_SUB_SCHEMA.method,
          Expressions.constant(name));
    }
    return Expressions.convert_(
        Expressions.call(schema, BuiltInMethod.SCHEMA_GET_TABLE.method,
            Expressions.constant(path.get(path.size() - 1))),
        CccTable.class);
  }

  private static Expression valuesExpression(EnumerableRelImplementor implementor,
      List<PushedValue> values) {
    if (values.stream().allMatch(PushedValue.Literal.class::isInstance)) {
      // Handed to the code rather than written into it: an IN list of thousands of ids
      // would not fit in a method, and the code stays the same whatever values are asked.
      return implementor.stash(values.stream()
          .map(value -> (Object) ((PushedValue.Literal) value).value()).toArray(), Object[].class);
    }
    return Expressions.newArrayInit(Object.class,
        values.stream().map(CccTableScan::valueExpression).toList());
  }

  private static Expression valueExpression(PushedValue value) {
    if (value instanceof PushedValue.Parameter parameter) {
      return Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET.method,
          Expressions.constant("?" + parameter.index()));
    }
    return Expressions.constant(((PushedValue.Literal) value).value(), Object.class);
  }

  private CccTable cccTable() {
    return table.unwrapOrThrow(CccTable.class);
  }
}
