package io.cccjdbc.calcite;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.interpreter.Bindables;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.JoinPushThroughJoinRule;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * Calcite's preparation with what instance-id pushdown needs: IN lists of any length stay
 * a filter (Calcite otherwise turns 20 or more literals into a join against VALUES), a
 * filter on one side of a join on {@code instance_id} is copied to the other side, and
 * the pushdown rule itself.
 */
public final class CccPrepare extends CalcitePrepareImpl {

  /**
   * Rules that only cost planning time here: join reordering (every table is read from
   * memory or the cache, and the pushdown already decides what is fetched), merge joins
   * and their sorts, materialized views, streams, table functions and writes, and the
   * interpreter path for tables that are not ours.
   */
  private static final List<RelOptRule> UNNEEDED = List.of(
      CoreRules.JOIN_COMMUTE,
      CoreRules.JOIN_ASSOCIATE,
      JoinPushThroughJoinRule.LEFT,
      JoinPushThroughJoinRule.RIGHT,
      CoreRules.JOIN_PUSH_EXPRESSIONS,
      CoreRules.AGGREGATE_STAR_TABLE,
      CoreRules.AGGREGATE_PROJECT_STAR_TABLE,
      CoreRules.SORT_JOIN_TRANSPOSE,
      CoreRules.SORT_UNION_TRANSPOSE,
      CoreRules.MATCH,
      CoreRules.EXCHANGE_REMOVE_CONSTANT_KEYS,
      CoreRules.SORT_EXCHANGE_REMOVE_CONSTANT_KEYS,
      CoreRules.PROJECT_TABLE_SCAN,
      CoreRules.PROJECT_INTERPRETER_TABLE_SCAN,
      Bindables.BINDABLE_TABLE_SCAN_RULE,
      EnumerableRules.TO_INTERPRETER,
      EnumerableRules.ENUMERABLE_MERGE_JOIN_RULE,
      EnumerableRules.ENUMERABLE_ASOFJOIN_RULE,
      EnumerableRules.ENUMERABLE_MERGE_UNION_RULE,
      EnumerableRules.ENUMERABLE_MATCH_RULE,
      EnumerableRules.ENUMERABLE_TABLE_MODIFICATION_RULE,
      EnumerableRules.ENUMERABLE_TABLE_SPOOL_RULE,
      EnumerableRules.ENUMERABLE_REPEAT_UNION_RULE,
      EnumerableRules.ENUMERABLE_TABLE_FUNCTION_SCAN_RULE);

  private static final Program PUSHDOWN = Programs.of(new HepProgramBuilder()
      .addMatchLimit(1000)
      .addRuleCollection(List.of(
          CoreRules.FILTER_INTO_JOIN,
          CoreRules.JOIN_CONDITION_PUSH,
          CoreRules.FILTER_PROJECT_TRANSPOSE,
          CoreRules.FILTER_MERGE,
          InstanceIdAcrossJoinRule.INSTANCE,
          PushdownRule.INSTANCE))
      .build(), true, DefaultRelMetadataProvider.INSTANCE);

  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.Context externalContext, RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    UNNEEDED.forEach(planner::removeRule);
    planner.addRule(PushdownRule.INSTANCE);
    return planner;
  }

  @Override
  public <T> CalciteSignature<T> prepareSql(CalcitePrepare.Context context, Query<T> query,
      Type elementType, long maxRowCount) {
    if (query.sql == null) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    try {
      return PlanCache.get(context.getMutableRootSchema(), query.sql, context.getDefaultSchemaPath(),
          elementType, maxRowCount,
          () -> super.prepareSql(context, query, elementType, maxRowCount));
    } catch (ExecutionException | UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  protected CalcitePreparingStmt getPreparingStmt(CalcitePrepare.Context context, Type elementType,
      CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    EnumerableRel.Prefer prefer = elementType == Object[].class
        ? EnumerableRel.Prefer.ARRAY
        : EnumerableRel.Prefer.CUSTOM;
    Convention resultConvention = enableBindable
        ? BindableConvention.INSTANCE
        : EnumerableConvention.INSTANCE;
    return new PreparingStmt(this, context, catalogReader, prefer,
        createCluster(planner, new RexBuilder(context.getTypeFactory())), resultConvention);
  }

  private final class PreparingStmt extends CalcitePreparingStmt {
    PreparingStmt(CalcitePrepareImpl prepare, CalcitePrepare.Context context,
        CalciteCatalogReader catalogReader, EnumerableRel.Prefer prefer,
        org.apache.calcite.plan.RelOptCluster cluster, Convention resultConvention) {
      super(prepare, context, catalogReader, context.getTypeFactory(), context.getRootSchema(),
          prefer, cluster, resultConvention, createConvertletTable());
    }

    /**
     * Calcite's standard program, after one quick pass that moves filters down and across
     * joins on {@code instance_id} into the scans: done once here, it costs a fraction of
     * what the cost-based planner spends exploring the same rewrites.
     */
    @Override
    protected Program getProgram() {
      return Programs.sequence(PUSHDOWN, super.getProgram());
    }

    @Override
    protected SqlToRelConverter getSqlToRelConverter(SqlValidator validator,
        CatalogReader catalogReader, SqlToRelConverter.Config config) {
      return super.getSqlToRelConverter(validator, catalogReader,
          config.withInSubQueryThreshold(Integer.MAX_VALUE));
    }
  }
}
