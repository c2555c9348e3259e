package io.cccjdbc.calcite;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;

/**
 * {@code OFFSET} and {@code LIMIT}/{@code FETCH} where Calcite's own limit cannot run them: a
 * parameter bound to anything but an {@link Integer} (its generated code casts the value to
 * {@code Integer}), or a literal past {@link Integer#MAX_VALUE}. Counts are read by
 * {@link CccFunctions#rowCount}.
 */
final class CccLimit extends SingleRel implements EnumerableRel {

  static final String LIMIT = "LIMIT";
  static final String OFFSET = "OFFSET";

  private final RexNode offset;
  private final RexNode fetch;

  CccLimit(RelNode input, RexNode offset, RexNode fetch) {
    super(input.getCluster(), input.getTraitSet(), input);
    this.offset = offset;
    this.fetch = fetch;
  }

  /** Whether Calcite's limit cannot run this count (a parameter, or a literal past int). */
  static boolean needed(RexNode count) {
    if (count instanceof RexDynamicParam) {
      return true;
    }
    if (count instanceof RexLiteral literal) {
      BigDecimal value = literal.getValueAs(BigDecimal.class);
      return value != null && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0;
    }
    return false;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CccLimit(sole(inputs), offset, fetch);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .itemIf("offset", offset, offset != null)
        .itemIf("fetch", fetch, fetch != null);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder builder = new BlockBuilder();
    Expression rows = builder.append("rows", input.block);
    if (offset != null) {
      rows = builder.append("offset", Expressions.call(rows, BuiltInMethod.SKIP.method,
          count(offset, OFFSET)));
    }
    if (fetch != null) {
      rows = builder.append("fetch", Expressions.call(rows, BuiltInMethod.TAKE.method,
          count(fetch, LIMIT)));
    }
    builder.add(Expressions.return_(null, rows));
    return implementor.result(input.physType, builder.toBlock());
  }

  private static Expression count(RexNode count, String clause) {
    Expression value = count instanceof RexDynamicParam param
        ? Expressions.call(DataContext.ROOT, BuiltInMethod.DATA_CONTEXT_GET.method,
            Expressions.constant("?" + param.getIndex()))
        : Expressions.constant(((RexLiteral) count).getValueAs(BigDecimal.class), Object.class);
    return Expressions.call(CccFunctions.class, "rowCount", value, Expressions.constant(clause));
  }
}
