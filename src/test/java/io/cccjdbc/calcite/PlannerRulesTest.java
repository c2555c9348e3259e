package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRules;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.DateRangeRules;
import org.apache.calcite.rel.rules.JoinPushThroughJoinRule;
import org.apache.calcite.rel.rules.SingleValuesOptimizationRules;
import org.apache.calcite.rel.stream.StreamRules;
import org.junit.jupiter.api.Test;

/**
 * The driver's rule lists against Calcite's own, by the rules' descriptions (which name each
 * rule and its configuration): a Calcite upgrade that adds, drops or changes a default rule
 * fails here until the lists follow it.
 */
class PlannerRulesTest {

  /** What the driver leaves out of Calcite's defaults, with the reason in {@link PlannerRules}. */
  private static final List<RelOptRule> LEFT_OUT = Stream.concat(Stream.of(
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
      EnumerableRules.ENUMERABLE_MERGE_JOIN_RULE,
      EnumerableRules.ENUMERABLE_ASOFJOIN_RULE,
      EnumerableRules.ENUMERABLE_MERGE_UNION_RULE,
      EnumerableRules.ENUMERABLE_MATCH_RULE,
      EnumerableRules.ENUMERABLE_TABLE_MODIFICATION_RULE,
      EnumerableRules.ENUMERABLE_TABLE_FUNCTION_SCAN_RULE,
      CoreRules.PROJECT_TO_SEMI_JOIN,
      CoreRules.JOIN_ON_UNIQUE_TO_SEMI_JOIN,
      CoreRules.JOIN_TO_SEMI_JOIN,
      CoreRules.AGGREGATE_JOIN_TRANSPOSE,
      CoreRules.AGGREGATE_ANY_PULL_UP_CONSTANTS,
      CoreRules.UNION_PULL_UP_CONSTANTS,
      SingleValuesOptimizationRules.JOIN_LEFT_INSTANCE,
      SingleValuesOptimizationRules.JOIN_RIGHT_INSTANCE,
      SingleValuesOptimizationRules.JOIN_LEFT_PROJECT_INSTANCE,
      SingleValuesOptimizationRules.JOIN_RIGHT_PROJECT_INSTANCE,
      CoreRules.UNION_MERGE,
      CoreRules.INTERSECT_MERGE,
      CoreRules.MINUS_MERGE,
      DateRangeRules.FILTER_INSTANCE,
      CoreRules.AGGREGATE_CASE_TO_FILTER,
      CoreRules.PROJECT_WINDOW_TRANSPOSE,
      CoreRules.SORT_REMOVE_CONSTANT_KEYS,
      CoreRules.FILTER_SAMPLE_TRANSPOSE,
      CoreRules.FILTER_WINDOW_TRANSPOSE), StreamRules.RULES.stream()).toList();

  @Test
  void costBasedRulesAreCalcitesDefaultsLessThoseLeftOutPlusThePushdown() {
    VolcanoPlanner calcite = new VolcanoPlanner();
    RelOptUtil.registerDefaultRules(calcite, false, false);
    Set<String> expected = new LinkedHashSet<>(descriptions(calcite.getRules()));
    expected.removeAll(descriptions(LEFT_OUT));
    expected.add(PushdownRule.INSTANCE.toString());

    assertEquals(List.copyOf(expected), descriptions(PlannerRules.COST_BASED));
  }

  @Test
  void calcRulesAreCalcites() {
    assertEquals(descriptions(RelOptRules.CALC_RULES), descriptions(PlannerRules.CALC));
  }

  @Test
  void subQueryRulesAreCalcites() {
    assertEquals(descriptions(List.of(CoreRules.FILTER_SUB_QUERY_TO_CORRELATE,
            CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE, CoreRules.JOIN_SUB_QUERY_TO_CORRELATE,
            CoreRules.PROJECT_OVER_SUM_TO_SUM0_RULE)),
        descriptions(PlannerRules.SUB_QUERIES));
    assertEquals(descriptions(List.of(CoreRules.FILTER_SUB_QUERY_TO_MARK_CORRELATE,
            CoreRules.PROJECT_SUB_QUERY_TO_MARK_CORRELATE, CoreRules.JOIN_SUB_QUERY_TO_CORRELATE,
            CoreRules.PROJECT_OVER_SUM_TO_SUM0_RULE)),
        descriptions(PlannerRules.SUB_QUERIES_WITH_MARK_JOINS));
  }

  @Test
  void pushdownPassMovesFiltersWithCalcitesRules() {
    assertEquals(descriptions(List.of(CoreRules.FILTER_INTO_JOIN, CoreRules.JOIN_CONDITION_PUSH,
            CoreRules.FILTER_PROJECT_TRANSPOSE, CoreRules.FILTER_MERGE,
            InstanceIdAcrossJoinRule.INSTANCE, PushdownRule.INSTANCE)),
        descriptions(PlannerRules.PUSHDOWN));
  }

  private static List<String> descriptions(Iterable<? extends RelOptRule> rules) {
    List<String> names = new ArrayList<>();
    rules.forEach(rule -> names.add(rule.toString()));
    return names;
  }
}
