package io.cccjdbc.calcite;

import java.util.List;
import org.apache.calcite.plan.RelOptPredicateList;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

/**
 * Copies a filter that bounds a column to a few values, or a time column to a window, across
 * a join on that column, so that {@code a.instance_id = 'x'} joined on {@code instance_id}
 * also limits what the other side fetches, and {@code a.stats_time >= t} joined on
 * {@code stats_time} gives the other side its window too. Calcite's general
 * transitive-predicate rule does this too, but it also copies every other predicate, and
 * some (casts, {@code COALESCE}) make it rewrite the same join again and again for seconds;
 * only the bounds decide what is fetched.
 */
final class InstanceIdAcrossJoinRule extends RelRule<RuleConfig> {

  static final InstanceIdAcrossJoinRule INSTANCE = new InstanceIdAcrossJoinRule(new RuleConfig(
      RelFactories.LOGICAL_BUILDER, "InstanceIdAcrossJoinRule",
      b0 -> b0.operand(Join.class).anyInputs(), InstanceIdAcrossJoinRule::new));

  private InstanceIdAcrossJoinRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Join join = call.rel(0);
    RelMetadataQuery mq = call.getMetadataQuery();
    RelOptPredicateList predicates = mq.getPulledUpPredicates(join);
    RexBuilder rexBuilder = join.getCluster().getRexBuilder();
    List<RexNode> left = bounds(predicates.leftInferredPredicates, rexBuilder);
    List<RexNode> right = bounds(predicates.rightInferredPredicates, rexBuilder);
    if (left.isEmpty() && right.isEmpty()) {
      return;
    }
    RelBuilder builder = call.builder();
    RelNode newLeft = filtered(builder, join.getLeft(), left);
    RelNode newRight = filtered(builder, join.getRight(), right);
    call.transformTo(join.copy(join.getTraitSet(), join.getCondition(), newLeft, newRight,
        join.getJoinType(), join.isSemiJoinDone()));
  }

  private static List<RexNode> bounds(List<RexNode> inferred, RexBuilder rexBuilder) {
    return inferred.stream().filter(predicate -> FiniteValues.boundsOneColumn(predicate)
        || TimeBounds.boundsOneColumn(predicate, rexBuilder)).toList();
  }

  private static RelNode filtered(RelBuilder builder, RelNode input, List<RexNode> bounds) {
    return bounds.isEmpty() ? input : builder.push(input).filter(bounds).build();
  }
}
