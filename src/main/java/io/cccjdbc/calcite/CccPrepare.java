package io.cccjdbc.calcite;

import java.lang.reflect.Type;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;

/**
 * Calcite's preparation with what instance-id pushdown needs: IN lists of any length stay
 * a filter (Calcite otherwise turns 20 or more literals into a join against VALUES), a
 * filter on one side of a join on {@code instance_id} is copied to the other side, and
 * the pushdown rule itself.
 */
public final class CccPrepare extends CalcitePrepareImpl {

  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.Context externalContext, RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.addRule(CoreRules.JOIN_PUSH_TRANSITIVE_PREDICATES);
    planner.addRule(InstanceIdPushdownRule.INSTANCE);
    return planner;
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

    @Override
    protected SqlToRelConverter getSqlToRelConverter(SqlValidator validator,
        CatalogReader catalogReader, SqlToRelConverter.Config config) {
      return super.getSqlToRelConverter(validator, catalogReader,
          config.withInSubQueryThreshold(Integer.MAX_VALUE));
    }
  }
}
