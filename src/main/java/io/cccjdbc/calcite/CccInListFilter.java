package io.cccjdbc.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Keeps the rows whose column is one of many literals ({@code IN}) or none of them
 * ({@code NOT IN}), by looking the value up in a hash set. Calcite's own code for such a
 * condition compares the column with each literal in turn, and generating it takes time
 * quadratic in the list's length and a stack as deep as the list: a Spark partition's
 * {@code instance_id IN (...)} of a few thousand ids would not compile.
 */
final class CccInListFilter extends SingleRel implements EnumerableRel {

  private final int column;
  private final CccFunctions.InList list;

  CccInListFilter(RelNode input, int column, CccFunctions.InList list) {
    super(input.getCluster(), input.getTraitSet(), input);
    this.column = column;
    this.list = list;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CccInListFilter(sole(inputs), column, list);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("column", getRowType().getFieldNames().get(column))
        .item(list.negated() ? "notIn" : "in", list.values().size() + " values")
        .itemIf("orNull", true, list.nullMatches());
  }

  /** {@code Predicate1.class} is a raw type, as every class literal of a generic type is. */
  @SuppressWarnings("unchecked")
  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder builder = new BlockBuilder();
    Expression rows = builder.append("rows", input.block);
    ParameterExpression row = Expressions.parameter(input.physType.getJavaRowType(), "row");
    Expression matches = Expressions.call(CccFunctions.class, "matches",
        implementor.stash(list, CccFunctions.InList.class),
        Expressions.box(input.physType.fieldReference(row, column)));
    builder.add(Expressions.return_(null, Expressions.call(rows, BuiltInMethod.WHERE.method,
        Expressions.lambda(Predicate1.class, matches, row))));
    return implementor.result(input.physType, builder.toBlock());
  }
}
