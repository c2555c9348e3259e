package io.cccjdbc.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.interpreter.Bindables;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.volcano.AbstractConverter;
import org.apache.calcite.rel.rules.AggregateExpandDistinctAggregatesRule;
import org.apache.calcite.rel.rules.AggregateExpandWithinDistinctRule;
import org.apache.calcite.rel.rules.AggregateMergeRule;
import org.apache.calcite.rel.rules.AggregateProjectMergeRule;
import org.apache.calcite.rel.rules.AggregateReduceFunctionsRule;
import org.apache.calcite.rel.rules.AggregateRemoveRule;
import org.apache.calcite.rel.rules.CalcMergeRule;
import org.apache.calcite.rel.rules.CalcRemoveRule;
import org.apache.calcite.rel.rules.FilterAggregateTransposeRule;
import org.apache.calcite.rel.rules.FilterCalcMergeRule;
import org.apache.calcite.rel.rules.FilterJoinRule;
import org.apache.calcite.rel.rules.FilterMergeRule;
import org.apache.calcite.rel.rules.FilterProjectTransposeRule;
import org.apache.calcite.rel.rules.FilterTableScanRule;
import org.apache.calcite.rel.rules.FilterToCalcRule;
import org.apache.calcite.rel.rules.IntersectToDistinctRule;
import org.apache.calcite.rel.rules.MinusToDistinctRule;
import org.apache.calcite.rel.rules.ProjectAggregateMergeRule;
import org.apache.calcite.rel.rules.ProjectCalcMergeRule;
import org.apache.calcite.rel.rules.ProjectFilterTransposeRule;
import org.apache.calcite.rel.rules.ProjectMergeRule;
import org.apache.calcite.rel.rules.ProjectOverSumToSum0Rule;
import org.apache.calcite.rel.rules.ProjectRemoveRule;
import org.apache.calcite.rel.rules.ProjectToCalcRule;
import org.apache.calcite.rel.rules.ProjectToWindowRule;
import org.apache.calcite.rel.rules.PruneEmptyRules;
import org.apache.calcite.rel.rules.ReduceExpressionsRule;
import org.apache.calcite.rel.rules.SampleToFilterRule;
import org.apache.calcite.rel.rules.SortProjectTransposeRule;
import org.apache.calcite.rel.rules.SortRemoveRule;
import org.apache.calcite.rel.rules.SubQueryRemoveRule;
import org.apache.calcite.rel.rules.UnionToDistinctRule;
import org.apache.calcite.rel.rules.UnionToValuesRule;

/**
 * The rules the driver plans with, each made from its configuration as Calcite's
 * {@code CoreRules} makes it. Naming a rule through {@code CoreRules}, {@code RelOptRules} or
 * {@code Programs} makes all of Calcite's 160-odd rules (some 1,500 classes and 450 lambdas
 * loaded), which took a fifth of a new JVM's way to its first row; these lists make only the
 * rules used.
 *
 * <p>The cost-based list is what Calcite registers by default
 * ({@code RelOptUtil.registerDefaultRules} with collation traits and without materialized
 * views) less what the driver has no use for: join reordering and pushing expressions into
 * joins (every table is read from memory or the cache, and the pushdown already decides what
 * is fetched), merge joins and their sorts, star tables, MATCH_RECOGNIZE, exchanges, streams,
 * table functions, writes, projections into scans (a scan of the driver is always read
 * whole from the API's answer), and rewrites that only pay off where data is large or
 * remote: semi-joins, aggregates below joins, merged unions and their constants, joins with
 * single-row inputs, date ranges from EXTRACT, CASE made aggregate filters, and moves of
 * filters and projections across windows and samples. Each of them costs planning time and,
 * made, a new JVM's way to its first row; none is needed to run a statement.
 * {@code PlannerRulesTest} compares the lists with Calcite's.
 */
final class PlannerRules {

  private static final RelOptRule FILTER_INTO_JOIN =
      FilterJoinRule.FilterIntoJoinRule.FilterIntoJoinRuleConfig.DEFAULT.toRule();
  private static final RelOptRule JOIN_CONDITION_PUSH =
      FilterJoinRule.JoinConditionPushRule.JoinConditionPushRuleConfig.DEFAULT.toRule();
  private static final RelOptRule FILTER_PROJECT_TRANSPOSE =
      FilterProjectTransposeRule.Config.DEFAULT.toRule();
  private static final RelOptRule FILTER_MERGE = FilterMergeRule.Config.DEFAULT.toRule();
  private static final RelOptRule PROJECT_OVER_SUM_TO_SUM0 =
      ProjectOverSumToSum0Rule.Config.DEFAULT.toRule();
  private static final RelOptRule JOIN_SUB_QUERY_TO_CORRELATE =
      SubQueryRemoveRule.Config.JOIN.toRule();

  /** Registered in the cost-based planner. */
  static final List<RelOptRule> COST_BASED = List.of(
      // Calcite's abstract relational rules
      FILTER_INTO_JOIN,
      JOIN_CONDITION_PUSH,
      AbstractConverter.ExpandConversionRule.INSTANCE,
      AggregateRemoveRule.Config.DEFAULT.toRule(),
      UnionToDistinctRule.Config.DEFAULT.toRule(),
      UnionToValuesRule.Config.DEFAULT.toRule(),
      ProjectRemoveRule.Config.DEFAULT.toRule(),
      ProjectAggregateMergeRule.Config.DEFAULT.toRule(),
      AggregateMergeRule.Config.DEFAULT.toRule(),
      AggregateProjectMergeRule.Config.DEFAULT.toRule(),
      CalcRemoveRule.Config.DEFAULT.toRule(),
      SortRemoveRule.Config.DEFAULT.toRule(),
      // its abstract rules
      PruneEmptyRules.UNION_INSTANCE,
      PruneEmptyRules.INTERSECT_INSTANCE,
      PruneEmptyRules.MINUS_INSTANCE,
      PruneEmptyRules.PROJECT_INSTANCE,
      PruneEmptyRules.FILTER_INSTANCE,
      PruneEmptyRules.SORT_INSTANCE,
      PruneEmptyRules.AGGREGATE_INSTANCE,
      PruneEmptyRules.WINDOW_INSTANCE,
      PruneEmptyRules.JOIN_LEFT_INSTANCE,
      PruneEmptyRules.JOIN_RIGHT_INSTANCE,
      PruneEmptyRules.SORT_FETCH_ZERO_INSTANCE,
      PruneEmptyRules.EMPTY_TABLE_INSTANCE,
      PROJECT_OVER_SUM_TO_SUM0,
      ProjectToWindowRule.ProjectToLogicalProjectAndWindowRule
          .ProjectToLogicalProjectAndWindowRuleConfig.DEFAULT.toRule(),
      FILTER_MERGE,
      IntersectToDistinctRule.Config.DEFAULT.toRule(),
      MinusToDistinctRule.Config.DEFAULT.toRule(),
      // its base rules
      ProjectMergeRule.Config.DEFAULT.toRule(),
      FilterTableScanRule.Config.DEFAULT.toRule(),
      ProjectFilterTransposeRule.Config.DEFAULT.toRule(),
      FILTER_PROJECT_TRANSPOSE,
      AggregateExpandDistinctAggregatesRule.Config.DEFAULT.toRule(),
      AggregateExpandWithinDistinctRule.Config.DEFAULT.toRule(),
      AggregateReduceFunctionsRule.Config.DEFAULT.toRule(),
      FilterAggregateTransposeRule.Config.DEFAULT.toRule(),
      SortProjectTransposeRule.Config.DEFAULT.toRule(),
      SampleToFilterRule.Config.DEFAULT.toRule(),
      // the interpreter's scan: a WITH RECURSIVE reads its working table through it
      Bindables.BINDABLE_TABLE_SCAN_RULE,
      // conversion to Java code
      EnumerableRules.ENUMERABLE_JOIN_RULE,
      EnumerableRules.ENUMERABLE_CORRELATE_RULE,
      EnumerableRules.ENUMERABLE_CONDITIONAL_CORRELATE_RULE,
      EnumerableRules.ENUMERABLE_PROJECT_RULE,
      EnumerableRules.ENUMERABLE_FILTER_RULE,
      EnumerableRules.ENUMERABLE_CALC_RULE,
      EnumerableRules.ENUMERABLE_AGGREGATE_RULE,
      EnumerableRules.ENUMERABLE_SORT_RULE,
      EnumerableRules.ENUMERABLE_LIMIT_RULE,
      EnumerableRules.ENUMERABLE_COLLECT_RULE,
      EnumerableRules.ENUMERABLE_UNCOLLECT_RULE,
      EnumerableRules.ENUMERABLE_UNION_RULE,
      EnumerableRules.ENUMERABLE_COMBINE_RULE,
      EnumerableRules.ENUMERABLE_REPEAT_UNION_RULE,
      EnumerableRules.ENUMERABLE_TABLE_SPOOL_RULE,
      EnumerableRules.ENUMERABLE_INTERSECT_RULE,
      EnumerableRules.ENUMERABLE_MINUS_RULE,
      EnumerableRules.ENUMERABLE_VALUES_RULE,
      EnumerableRules.ENUMERABLE_WINDOW_RULE,
      EnumerableRules.ENUMERABLE_TABLE_SCAN_RULE,
      EnumerableRules.TO_INTERPRETER,
      ReduceExpressionsRule.FilterReduceExpressionsRule.FilterReduceExpressionsRuleConfig
          .DEFAULT.toRule(),
      PushdownRule.INSTANCE);

  /** Sub-queries made correlates, before decorrelation (Calcite's {@code Programs.subQuery}). */
  static final List<RelOptRule> SUB_QUERIES = List.of(
      SubQueryRemoveRule.Config.FILTER.toRule(),
      SubQueryRemoveRule.Config.PROJECT.toRule(),
      JOIN_SUB_QUERY_TO_CORRELATE,
      PROJECT_OVER_SUM_TO_SUM0);

  /** The same for the top-down general decorrelator, with mark joins. */
  static final List<RelOptRule> SUB_QUERIES_WITH_MARK_JOINS = List.of(
      SubQueryRemoveRule.Config.FILTER_ENABLE_MARK_JOIN.toRule(),
      SubQueryRemoveRule.Config.PROJECT_ENABLE_MARK_JOIN.toRule(),
      JOIN_SUB_QUERY_TO_CORRELATE,
      PROJECT_OVER_SUM_TO_SUM0);

  /** After the cost-based planner: filters and projections made calcs and merged. */
  static final List<RelOptRule> CALC = List.of(
      Bindables.FROM_NONE_RULE,
      EnumerableRules.ENUMERABLE_CALC_RULE,
      EnumerableRules.ENUMERABLE_FILTER_TO_CALC_RULE,
      EnumerableRules.ENUMERABLE_PROJECT_TO_CALC_RULE,
      FilterToCalcRule.Config.DEFAULT.toRule(),
      ProjectToCalcRule.Config.DEFAULT.toRule(),
      CalcMergeRule.Config.DEFAULT.toRule(),
      FilterCalcMergeRule.Config.DEFAULT.toRule(),
      ProjectCalcMergeRule.Config.DEFAULT.toRule());

  /** Before the cost-based planner, in one heuristic pass: filters moved down into the scans. */
  static final List<RelOptRule> PUSHDOWN = List.of(
      FILTER_INTO_JOIN,
      JOIN_CONDITION_PUSH,
      FILTER_PROJECT_TRANSPOSE,
      FILTER_MERGE,
      InstanceIdAcrossJoinRule.INSTANCE,
      PushdownRule.INSTANCE);

  private PlannerRules() {
  }
}
