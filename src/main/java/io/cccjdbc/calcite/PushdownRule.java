package io.cccjdbc.calcite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.RelFactories;

/**
 * Pushes what a filter says about a table's pushable columns into the scan below it:
 * {@code instance_id} values pick the instances fetched, other columns fill request
 * parameters as the table declares. The filter stays: it still decides which rows qualify,
 * so the result is exact whatever the API hands back.
 */
final class PushdownRule extends RelRule<RuleConfig> {

  static final PushdownRule INSTANCE = new PushdownRule(new RuleConfig(
      RelFactories.LOGICAL_BUILDER, "PushdownRule",
      b0 -> b0.operand(Filter.class).oneInput(b1 -> b1.operand(CccTableScan.class)
          .predicate(scan -> scan.pushed().isEmpty() && scan.ranges().isEmpty()).noInputs()),
      PushdownRule::new));

  private PushdownRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Filter filter = call.rel(0);
    CccTableScan scan = call.rel(1);
    CccTable table = scan.getTable().unwrapOrThrow(CccTable.class);
    List<String> fields = scan.getRowType().getFieldNames();
    Map<String, List<PushedValue>> pushed = new LinkedHashMap<>();
    Map<String, PushedRange> ranges = new LinkedHashMap<>();
    for (String column : table.pushableColumns()) {
      int index = fields.indexOf(column);
      if (table.def().pushdown(column).orElse(null) instanceof Pushdown.TimeRange) {
        TimeBounds.of(filter.getCondition(), index, filter.getCluster().getRexBuilder())
            .ifPresent(range -> ranges.put(column, range));
        continue;
      }
      Optional<List<PushedValue>> values = FiniteValues.of(filter.getCondition(), index);
      if (values.isPresent() && table.pushes(column, values.get().size())) {
        pushed.put(column, values.get());
      }
    }
    if (!pushed.isEmpty() || !ranges.isEmpty()) {
      call.transformTo(filter.copy(filter.getTraitSet(), scan.withPushed(pushed, ranges),
          filter.getCondition()));
    }
  }
}
