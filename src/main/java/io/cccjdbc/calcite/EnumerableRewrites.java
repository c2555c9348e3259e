package io.cccjdbc.calcite;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableLimit;
import org.apache.calcite.adapter.enumerable.EnumerableLimitSort;
import org.apache.calcite.adapter.enumerable.EnumerableSort;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

/**
 * The last step of planning, on the plan chosen: puts {@link CccLimit} where Calcite's limit
 * cannot run the row counts, and {@link CccInListFilter} under a filter for each of its
 * {@code IN} lists of many literals on a text or integer column.
 */
final class EnumerableRewrites extends RelHomogeneousShuttle {

  /**
   * Lists shorter than this stay in Calcite's code, which handles them well; it is Calcite's
   * own threshold for turning an IN list into a join.
   */
  static final int IN_LIST_THRESHOLD = 20;

  @Override
  public RelNode visit(RelNode other) {
    RelNode node = super.visit(other);
    if (node instanceof EnumerableCalc calc) {
      return withInLists(calc);
    }
    if (node instanceof EnumerableLimit limit && (CccLimit.needed(limit.offset)
        || CccLimit.needed(limit.fetch))) {
      return new CccLimit(limit.getInput(), limit.offset, limit.fetch);
    }
    if (node instanceof EnumerableLimitSort sort && (CccLimit.needed(sort.offset)
        || CccLimit.needed(sort.fetch))) {
      return new CccLimit(EnumerableSort.create(sort.getInput(), sort.getCollation(), null, null),
          sort.offset, sort.fetch);
    }
    return node;
  }

  private static RelNode withInLists(EnumerableCalc calc) {
    RexProgram program = calc.getProgram();
    if (program.getCondition() == null) {
      return calc;
    }
    RelNode input = calc.getInput();
    List<RexNode> rest = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(
        program.expandLocalRef(program.getCondition()))) {
      CccFunctions.InList list = inList(conjunct);
      if (list == null) {
        rest.add(conjunct);
      } else {
        input = new CccInListFilter(input,
            ((RexInputRef) ((RexCall) conjunct).getOperands().get(0)).getIndex(), list);
      }
    }
    if (input == calc.getInput()) {
      return calc;
    }
    RexBuilder rexBuilder = calc.getCluster().getRexBuilder();
    RexNode condition = RexUtil.composeConjunction(rexBuilder, rest, true);
    RexProgram remaining = RexProgram.create(input.getRowType(),
        program.expandList(program.getProjectList()), condition, program.getOutputRowType(),
        rexBuilder);
    return remaining.isTrivial() ? input : EnumerableCalc.create(input, remaining);
  }

  /**
   * The values of {@code column IN (...)} or {@code NOT IN}, as Calcite writes them (a search
   * of points, or of all but points), when the list is long and the column text or integer;
   * null for any other condition.
   */
  private static CccFunctions.InList inList(RexNode condition) {
    if (condition.getKind() != SqlKind.SEARCH) {
      return null;
    }
    RexCall search = (RexCall) condition;
    if (!(search.getOperands().get(0) instanceof RexInputRef column)
        || !(search.getOperands().get(1) instanceof RexLiteral literal)) {
      return null;
    }
    SqlTypeName type = column.getType().getSqlTypeName();
    boolean text = type == SqlTypeName.VARCHAR;
    if (!text && !SqlTypeName.INT_TYPES.contains(type)) {
      return null;
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    if (sarg == null || !(sarg.isPoints() || sarg.isComplementedPoints())) {
      return null;
    }
    boolean negated = !sarg.isPoints();
    Set<? extends Range<?>> points =
        (negated ? sarg.rangeSet.complement() : sarg.rangeSet).asRanges();
    if (points.size() < IN_LIST_THRESHOLD) {
      return null;
    }
    Set<Object> values = new LinkedHashSet<>();
    for (Range<?> point : points) {
      Object value = point.lowerEndpoint();
      if (text && value instanceof NlsString string) {
        values.add(string.getValue());
      } else if (!text && value instanceof BigDecimal number) {
        // A value with a fraction, or past a long, never equals an integer column.
        if (number.stripTrailingZeros().scale() <= 0
            && number.toBigInteger().bitLength() < Long.SIZE) {
          values.add(number.longValueExact());
        }
      } else {
        return null;
      }
    }
    return new CccFunctions.InList(values, negated, sarg.nullAs == RexUnknownAs.TRUE);
  }
}
