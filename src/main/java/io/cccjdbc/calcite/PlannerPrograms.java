package io.cccjdbc.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.plan.RelOptCostImpl;
import org.apache.calcite.plan.RelOptLattice;
import org.apache.calcite.plan.RelOptMaterialization;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.metadata.ChainedRelMetadataProvider;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.sql2rel.RelFieldTrimmer;
import org.apache.calcite.sql2rel.TopDownGeneralDecorrelator;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.RelBuilder;

/**
 * The steps of Calcite's standard program ({@code Programs.standard}), written over
 * {@link PlannerRules} because {@code Programs} makes every rule Calcite has when it is first
 * used: sub-queries to correlates, decorrelation, unused fields trimmed, the cost-based
 * planner, then calcs. Calcite's step for measures ({@code AGGREGATE(m)}) is left out: the
 * driver's tables have none and its SQL cannot define one.
 */
final class PlannerPrograms {

  private static final Program SUB_QUERIES = heuristic(PlannerRules.SUB_QUERIES);
  private static final Program SUB_QUERIES_WITH_MARK_JOINS =
      heuristic(PlannerRules.SUB_QUERIES_WITH_MARK_JOINS);
  private static final Program CALC = heuristic(PlannerRules.CALC);

  /** From a statement's logical plan to its Java-code plan. */
  static final Program STANDARD = sequence(
      PlannerPrograms::withoutSubQueries,
      PlannerPrograms::decorrelated,
      PlannerPrograms::trimmed,
      PlannerPrograms::costBased,
      CALC);

  private PlannerPrograms() {
  }

  /** One heuristic pass applying the rules until none matches, as {@code Programs.of} does. */
  static Program heuristic(List<RelOptRule> rules) {
    return heuristic(HepProgram.builder().addRuleCollection(rules).build());
  }

  static Program heuristic(HepProgram program) {
    return (planner, rel, traits, materializations, lattices) -> {
      HepPlanner heuristic = new HepPlanner(program, null, true, null, RelOptCostImpl.FACTORY);
      // The heuristic planner adds its own provider to the list, ahead of the default one.
      List<RelMetadataProvider> providers = new ArrayList<>();
      providers.add(DefaultRelMetadataProvider.INSTANCE);
      heuristic.registerMetadataProviders(providers);
      materializations.forEach(heuristic::addMaterialization);
      lattices.forEach(heuristic::addLattice);
      rel.getCluster().setMetadataProvider(ChainedRelMetadataProvider.of(providers));
      heuristic.setRoot(rel);
      return heuristic.findBestExp();
    };
  }

  /** The pushdown pass, bounded so that a rule that keeps matching cannot loop. */
  static Program pushdown() {
    return heuristic(new HepProgramBuilder()
        .addMatchLimit(1000)
        .addRuleCollection(PlannerRules.PUSHDOWN)
        .build());
  }

  static Program sequence(Program... programs) {
    return (planner, rel, traits, materializations, lattices) -> {
      RelNode result = rel;
      for (Program program : programs) {
        result = program.run(planner, result, traits, materializations, lattices);
      }
      return result;
    };
  }

  private static RelNode withoutSubQueries(RelOptPlanner planner, RelNode rel,
      RelTraitSet traits, List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    Program program = config(planner).topDownGeneralDecorrelationEnabled()
        ? SUB_QUERIES_WITH_MARK_JOINS
        : SUB_QUERIES;
    return program.run(planner, rel, traits, materializations, lattices);
  }

  private static RelNode decorrelated(RelOptPlanner planner, RelNode rel,
      RelTraitSet traits, List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    CalciteConnectionConfig config = config(planner);
    if (!config.forceDecorrelate()) {
      return rel;
    }
    RelBuilder builder = RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null);
    return config.topDownGeneralDecorrelationEnabled()
        ? TopDownGeneralDecorrelator.decorrelateQuery(rel, builder)
        : RelDecorrelator.decorrelateQuery(rel, builder);
  }

  private static RelNode trimmed(RelOptPlanner planner, RelNode rel,
      RelTraitSet traits, List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    return new RelFieldTrimmer(null, RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null))
        .trim(rel);
  }

  private static RelNode costBased(RelOptPlanner planner, RelNode rel,
      RelTraitSet traits, List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    materializations.forEach(planner::addMaterialization);
    lattices.forEach(planner::addLattice);
    planner.setRoot(rel);
    RelNode required = rel.getTraitSet().equals(traits) ? rel : planner.changeTraits(rel, traits);
    planner.setRoot(required);
    return planner.chooseDelegate().findBestExp();
  }

  private static CalciteConnectionConfig config(RelOptPlanner planner) {
    return planner.getContext().maybeUnwrap(CalciteConnectionConfig.class)
        .orElse(CalciteConnectionConfig.DEFAULT);
  }
}
