package io.cccjdbc.calcite;

import com.google.common.collect.Range;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

/**
 * Finds, in a filter condition, a finite set of text values a column must take:
 * {@code =} a literal or a {@code ?} parameter, {@code IN} lists (as Calcite's search
 * arguments), and {@code OR}s of those. A condition that allows any other value (ranges,
 * {@code LIKE}, functions of the column) yields nothing, and nothing is pushed.
 */
final class FiniteValues {

  private FiniteValues() {
  }

  /**
   * The literals and dynamic parameters that bound the column, or empty if the condition
   * does not bound it to a finite set.
   */
  static Optional<List<PushedValue>> of(RexNode condition, int column) {
    return values(condition, column).map(List::copyOf);
  }

  /**
   * Whether the predicate bounds one column to a finite set of values ({@code =} a literal
   * or parameter, {@code IN}, an {@code OR} of those): the only kind worth copying across a
   * join, since it can decide what is fetched.
   */
  static boolean boundsOneColumn(RexNode predicate) {
    ImmutableBitSet columns = RelOptUtil.InputFinder.bits(predicate);
    return columns.cardinality() == 1 && values(predicate, columns.nth(0)).isPresent();
  }

  private static Optional<Set<PushedValue>> values(RexNode node, int column) {
    switch (node.getKind()) {
      case AND: {
        Optional<Set<PushedValue>> narrowest = Optional.empty();
        for (RexNode operand : ((RexCall) node).getOperands()) {
          Optional<Set<PushedValue>> bound = values(operand, column);
          if (bound.isPresent()
              && (narrowest.isEmpty() || bound.get().size() < narrowest.get().size())) {
            narrowest = bound;
          }
        }
        return narrowest;
      }
      case OR: {
        Set<PushedValue> union = new LinkedHashSet<>();
        for (RexNode operand : ((RexCall) node).getOperands()) {
          Optional<Set<PushedValue>> bound = values(operand, column);
          if (bound.isEmpty()) {
            return Optional.empty();
          }
          union.addAll(bound.get());
        }
        return Optional.of(union);
      }
      case EQUALS: {
        List<RexNode> operands = ((RexCall) node).getOperands();
        return equality(operands.get(0), operands.get(1), column)
            .or(() -> equality(operands.get(1), operands.get(0), column));
      }
      case SEARCH:
        return search((RexCall) node, column);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Set<PushedValue>> equality(RexNode ref, RexNode value, int column) {
    if (!isColumn(ref, column)) {
      return Optional.empty();
    }
    if (value instanceof RexLiteral literal && literal.getValue() instanceof NlsString text) {
      return Optional.of(Set.of(new PushedValue.Literal(text.getValue())));
    }
    if (value instanceof RexDynamicParam param) {
      return Optional.of(Set.of(new PushedValue.Parameter(param.getIndex())));
    }
    return Optional.empty();
  }

  private static Optional<Set<PushedValue>> search(RexCall call, int column) {
    if (!isColumn(call.getOperands().get(0), column)
        || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
      return Optional.empty();
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    if (sarg == null || !sarg.isPoints()) {
      return Optional.empty();
    }
    Set<PushedValue> points = new LinkedHashSet<>();
    for (Range<?> range : sarg.rangeSet.asRanges()) {
      Object point = range.lowerEndpoint();
      if (!(point instanceof NlsString text)) {
        return Optional.empty();
      }
      points.add(new PushedValue.Literal(text.getValue()));
    }
    return Optional.of(points);
  }

  private static boolean isColumn(RexNode node, int column) {
    return node instanceof RexInputRef ref && ref.getIndex() == column;
  }
}
