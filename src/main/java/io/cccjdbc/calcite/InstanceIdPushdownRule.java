package io.cccjdbc.calcite;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.RelFactories;

/**
 * Pushes the instance ids a filter allows into the scan below it, so that only those
 * instances are fetched. The filter stays: it still decides which rows qualify, so the
 * result is exact whatever ids the API hands back.
 */
final class InstanceIdPushdownRule extends RelRule<RuleConfig> {

  static final InstanceIdPushdownRule INSTANCE = new InstanceIdPushdownRule(new RuleConfig(
      RelFactories.LOGICAL_BUILDER, "InstanceIdPushdownRule",
      b0 -> b0.operand(Filter.class).oneInput(b1 -> b1.operand(CccTableScan.class)
          .predicate(scan -> scan.instanceIds() == null).noInputs()),
      InstanceIdPushdownRule::new));

  private InstanceIdPushdownRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Filter filter = call.rel(0);
    CccTableScan scan = call.rel(1);
    int column = scan.getRowType().getFieldNames().indexOf(CccTables.INSTANCE_ID);
    Optional<List<PushedInstanceId>> ids = InstanceIdFilters.extract(filter.getCondition(), column);
    ids.ifPresent(pushed ->
        call.transformTo(filter.copy(filter.getTraitSet(), scan.withInstanceIds(pushed),
            filter.getCondition())));
  }
}
