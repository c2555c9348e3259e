package io.cccjdbc.calcite;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
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
import org.apache.calcite.util.BuiltInMethod;

/**
 * Scan of a CCC table. With {@code instanceIds} it fetches just those instances (pushed
 * from {@code WHERE instance_id ...}); without, every instance the connection scans.
 * EXPLAIN shows the pushed ids and parameters.
 */
final class CccTableScan extends TableScan implements EnumerableRel {

  /** How many instances the planner assumes an unfiltered scan reads. */
  static final double ASSUMED_INSTANCES = 100;

  private final List<PushedInstanceId> instanceIds;

  CccTableScan(RelOptCluster cluster, RelOptTable table, List<PushedInstanceId> instanceIds) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.instanceIds = instanceIds == null ? null : List.copyOf(instanceIds);
  }

  /** The pushed ids, or null if this scan reads every instance. */
  List<PushedInstanceId> instanceIds() {
    return instanceIds;
  }

  CccTableScan withInstanceIds(List<PushedInstanceId> ids) {
    return new CccTableScan(getCluster(), table, ids);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CccTableScan(getCluster(), table, instanceIds);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).itemIf("instanceIds", instanceIds, instanceIds != null);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double instances = instanceIds == null ? ASSUMED_INSTANCES : instanceIds.size();
    return instances * cccTable().def().rowsPerInstance();
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
    Expression ids;
    if (instanceIds == null) {
      ids = Expressions.constant(null, String[].class);
    } else if (instanceIds.stream().allMatch(PushedInstanceId.Literal.class::isInstance)) {
      // Handed to the code rather than written into it: an IN list of thousands of ids
      // would not fit in a method, and the code stays the same whatever ids are asked.
      ids = implementor.stash(instanceIds.stream()
          .map(id -> ((PushedInstanceId.Literal) id).id()).toArray(String[]::new), String[].class);
    } else {
      ids = Expressions.newArrayInit(String.class,
          instanceIds.stream().map(CccTableScan::idExpression).toList());
    }
    return implementor.result(physType, Blocks.toBlock(
        Expressions.call(tableExpression(), "scan", implementor.getRootExpression(), ids)));
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

  private static Expression idExpression(PushedInstanceId id) {
    if (id instanceof PushedInstanceId.Parameter parameter) {
      return Expressions.convert_(
          Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET.method,
              Expressions.constant("?" + parameter.index())),
          String.class);
    }
    return Expressions.constant(((PushedInstanceId.Literal) id).id());
  }

  private CccTable cccTable() {
    return table.unwrapOrThrow(CccTable.class);
  }
}
