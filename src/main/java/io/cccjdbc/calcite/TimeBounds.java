package io.cccjdbc.calcite;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.Sarg;
import org.apache.calcite.util.TimestampString;

/**
 * Finds, in a filter condition, the window a time column must lie in: comparisons of the
 * column (or of {@code CAST(column AS DATE)} or {@code FLOOR(column TO unit)}) with values that
 * do not depend on the row, {@code BETWEEN} and search arguments, within {@code AND}s.
 */
final class TimeBounds {

  private static final long DAY = 86_400_000L;

  private final RexBuilder rexBuilder;
  private final int column;
  private RexNode lower;
  private RexNode upper;
  private long slack;
  private boolean upperIncluded;

  private TimeBounds(RexBuilder rexBuilder, int column) {
    this.rexBuilder = rexBuilder;
    this.column = column;
  }

  /** The window the condition allows the column, or empty if it bounds it on neither side. */
  static Optional<PushedRange> of(RexNode condition, int column, RexBuilder rexBuilder) {
    TimeBounds bounds = new TimeBounds(rexBuilder, column);
    for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
      bounds.visit(conjunct);
    }
    return bounds.lower == null && bounds.upper == null
        ? Optional.empty()
        : Optional.of(new PushedRange(bounds.lower, bounds.upper, bounds.slack,
            bounds.upperIncluded));
  }

  /** Whether the predicate bounds the one column it reads to a window: worth copying. */
  static boolean boundsOneColumn(RexNode predicate, RexBuilder rexBuilder) {
    ImmutableBitSet columns = RelOptUtil.InputFinder.bits(predicate);
    return columns.cardinality() == 1 && of(predicate, columns.nth(0), rexBuilder).isPresent();
  }

  private void visit(RexNode conjunct) {
    if (!(conjunct instanceof RexCall call)) {
      return;
    }
    if (call.getKind() == SqlKind.SEARCH) {
      search(call);
      return;
    }
    if (call.getOperands().size() != 2) {
      return;
    }
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    SqlKind kind = call.getKind();
    if (isValue(left) && !isValue(right)) {
      kind = kind.reverse();
      RexNode swap = left;
      left = right;
      right = swap;
    }
    long unit = unitOf(left);
    if (unit < 0 || !isValue(right)) {
      return;
    }
    switch (kind) {
      case GREATER_THAN, GREATER_THAN_OR_EQUAL -> lowerBound(right);
      case LESS_THAN -> upperBound(right, unit, unit > 0);
      case LESS_THAN_OR_EQUAL -> upperBound(right, unit, true);
      case EQUALS -> {
        lowerBound(right);
        upperBound(right, unit, true);
      }
      default -> {
        // Other comparisons say nothing of a window.
      }
    }
  }

  private void search(RexCall call) {
    long unit = unitOf(call.getOperands().get(0));
    if (unit < 0 || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
      return;
    }
    Sarg<?> sarg = literal.getValueAs(Sarg.class);
    if (sarg == null || sarg.rangeSet.isEmpty()) {
      return;
    }
    Range<?> span = sarg.rangeSet.span();
    if (span.hasLowerBound()) {
      lowerBound(literalOf(span.lowerEndpoint(), literal));
    }
    if (span.hasUpperBound()) {
      upperBound(literalOf(span.upperEndpoint(), literal), unit,
          unit > 0 || span.upperBoundType() == BoundType.CLOSED);
    }
  }

  private RexNode literalOf(Object value, RexLiteral search) {
    if (value instanceof TimestampString timestamp) {
      return rexBuilder.makeTimestampLiteral(timestamp, search.getType().getPrecision());
    }
    if (value instanceof DateString date) {
      return rexBuilder.makeDateLiteral(date);
    }
    return null;
  }

  private void lowerBound(RexNode value) {
    if (value != null && lower == null) {
      lower = value;
    }
  }

  /** @param included whether a row at the bound (plus a function's unit) can qualify */
  private void upperBound(RexNode value, long unit, boolean included) {
    if (value != null && upper == null) {
      upper = value;
      slack = unit;
      upperIncluded = included;
    }
  }

  /**
   * How far the column may lie past a bound on this expression: 0 for the column itself, the
   * length of a day or other unit for a function that rounds it down; -1 if it is neither.
   */
  private long unitOf(RexNode node) {
    if (node instanceof RexInputRef ref) {
      return ref.getIndex() == column ? 0 : -1;
    }
    if (!(node instanceof RexCall call) || call.getOperands().isEmpty()
        || !(call.getOperands().get(0) instanceof RexInputRef ref) || ref.getIndex() != column) {
      return -1;
    }
    if (call.getKind() == SqlKind.CAST && call.getType().getSqlTypeName() == SqlTypeName.DATE) {
      return DAY;
    }
    if (call.getKind() == SqlKind.FLOOR && call.getOperands().size() == 2
        && call.getOperands().get(1) instanceof RexLiteral unit) {
      TimeUnitRange range = unit.getValueAs(TimeUnitRange.class);
      return range == null ? -1 : lengthOf(range);
    }
    return -1;
  }

  private static long lengthOf(TimeUnitRange unit) {
    return switch (unit) {
      case SECOND -> 1000L;
      case MINUTE -> 60_000L;
      case HOUR -> 3_600_000L;
      case DAY -> DAY;
      case WEEK -> 7 * DAY;
      case MONTH -> 31 * DAY;
      case QUARTER -> 92 * DAY;
      case YEAR -> 366 * DAY;
      default -> -1;
    };
  }

  /** Whether the expression has one value for the whole statement: no column, no randomness. */
  private static boolean isValue(RexNode node) {
    return !RexUtil.containsInputRef(node) && RexUtil.isDeterministic(node)
        && RexUtil.SubQueryFinder.find(List.of(node)) == null
        && !RexUtil.containsCorrelation(node);
  }
}
