package io.cccjdbc.calcite;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The configuration of the adapter's planner rules, written by hand: Calcite generates its
 * own rules' configurations with Immutables, which this project does not use.
 */
record RuleConfig(RelBuilderFactory relBuilderFactory, String description,
    RelRule.OperandTransform operandSupplier, Function<RuleConfig, RelOptRule> rule)
    implements RelRule.Config {

  @Override
  public RelOptRule toRule() {
    return rule.apply(this);
  }

  @Override
  public RuleConfig withRelBuilderFactory(RelBuilderFactory factory) {
    return new RuleConfig(factory, description, operandSupplier, rule);
  }

  @Override
  public RuleConfig withDescription(String newDescription) {
    return new RuleConfig(relBuilderFactory, newDescription, operandSupplier, rule);
  }

  @Override
  public RuleConfig withOperandSupplier(RelRule.OperandTransform transform) {
    return new RuleConfig(relBuilderFactory, description, transform, rule);
  }
}
