package io.cccjdbc.calcite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.Litmus;

/**
 * The conditions of a conjunction whose literals Calcite's simplification reads by value, so
 * that {@link LiteralNormaliser} leaves them literals: those of an expression bound more than
 * once by equalities, {@code IN} lists or a mixture ({@code instance_id = 'a' AND
 * instance_id = 'b'} is false, and fetches nothing), and a range that is empty
 * ({@code user_count > 8 AND user_count < 3}, {@code x BETWEEN 5 AND 3}). With literals,
 * Calcite sees that no row qualifies and reads none; with parameters it would read them to
 * find none. An expression with one bound, or with a lower and an upper bound of a range that
 * is not empty (a time window), has no such value-dependent simplification.
 */
final class ValueDependentBounds {

  /** A literal's value where literals of its kind are ordered: a number, date or time. */
  record Ordered(SqlTypeName kind, BigDecimal value) {
  }

  private enum Side { EQUAL, LOWER, UPPER, RANGE, OTHER }

  /** What one condition says of one expression: the literal bounds, null where none. */
  private record Bound(SqlNode condition, SqlNode expression, Side side, SqlLiteral lower,
      boolean strictLower, SqlLiteral upper, boolean strictUpper) {
  }

  private final Function<SqlLiteral, Ordered> valueOf;

  private ValueDependentBounds(Function<SqlLiteral, Ordered> valueOf) {
    this.valueOf = valueOf;
  }

  /**
   * The conditions among {@code conjuncts} (compared by identity) whose literals must stay.
   *
   * @param valueOf a literal's ordered value; null for a string or other unordered literal
   */
  static Set<SqlNode> of(List<SqlNode> conjuncts, Function<SqlLiteral, Ordered> valueOf) {
    ValueDependentBounds bounds = new ValueDependentBounds(valueOf);
    List<List<Bound>> byExpression = new ArrayList<>();
    for (SqlNode conjunct : conjuncts) {
      Bound bound = bound(conjunct);
      if (bound != null) {
        byExpression.stream()
            .filter(same -> same.get(0).expression().equalsDeep(bound.expression(),
                Litmus.IGNORE))
            .findFirst()
            .orElseGet(() -> {
              byExpression.add(new ArrayList<>());
              return byExpression.get(byExpression.size() - 1);
            })
            .add(bound);
      }
    }
    Set<SqlNode> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Bound> same : byExpression) {
      if (!bounds.independent(same)) {
        same.forEach(bound -> kept.add(bound.condition()));
      }
    }
    return kept;
  }

  private boolean independent(List<Bound> same) {
    List<Side> sides = same.stream().map(Bound::side).toList();
    if (sides.equals(List.of(Side.RANGE))) {
      Bound range = same.get(0);
      return notEmpty(range.lower(), range.strictLower(), range.upper(), range.strictUpper());
    }
    if (sides.size() == 2 && sides.contains(Side.LOWER) && sides.contains(Side.UPPER)) {
      Bound lower = same.get(sides.indexOf(Side.LOWER));
      Bound upper = same.get(sides.indexOf(Side.UPPER));
      return notEmpty(lower.lower(), lower.strictLower(), upper.upper(), upper.strictUpper());
    }
    return sides.size() == 1;
  }

  private boolean notEmpty(SqlLiteral lower, boolean strictLower, SqlLiteral upper,
      boolean strictUpper) {
    Ordered low = valueOf.apply(lower);
    Ordered high = valueOf.apply(upper);
    if (low == null || high == null || low.kind() != high.kind()) {
      return false;
    }
    int order = low.value().compareTo(high.value());
    return order < 0 || order == 0 && !strictLower && !strictUpper;
  }

  /** How a condition bounds an expression by literals; null if it does not. */
  private static Bound bound(SqlNode condition) {
    if (!(condition instanceof SqlBasicCall call)) {
      return null;
    }
    List<SqlNode> operands = call.getOperandList();
    SqlKind kind = call.getKind();
    if (LiteralNormaliser.COMPARISONS.contains(kind)) {
      boolean literalRight = operands.get(1) instanceof SqlLiteral;
      if (literalRight == operands.get(0) instanceof SqlLiteral) {
        return null;
      }
      SqlNode expression = operands.get(literalRight ? 0 : 1);
      SqlLiteral literal = (SqlLiteral) operands.get(literalRight ? 1 : 0);
      SqlKind comparison = literalRight ? kind : kind.reverse();
      return switch (comparison) {
        case EQUALS, IS_NOT_DISTINCT_FROM ->
            new Bound(condition, expression, Side.EQUAL, null, false, null, false);
        case GREATER_THAN, GREATER_THAN_OR_EQUAL -> new Bound(condition, expression, Side.LOWER,
            literal, comparison == SqlKind.GREATER_THAN, null, false);
        case LESS_THAN, LESS_THAN_OR_EQUAL -> new Bound(condition, expression, Side.UPPER,
            null, false, literal, comparison == SqlKind.LESS_THAN);
        default -> new Bound(condition, expression, Side.OTHER, null, false, null, false);
      };
    }
    if (call.getOperator() instanceof SqlBetweenOperator between
        && operands.get(1) instanceof SqlLiteral lower
        && operands.get(2) instanceof SqlLiteral upper) {
      boolean range = !between.isNegated() && between.flag == SqlBetweenOperator.Flag.ASYMMETRIC;
      return new Bound(condition, operands.get(0), range ? Side.RANGE : Side.OTHER, lower,
          false, upper, false);
    }
    if ((kind == SqlKind.IN || kind == SqlKind.NOT_IN) && operands.get(1) instanceof SqlNodeList) {
      return new Bound(condition, operands.get(0), kind == SqlKind.IN ? Side.EQUAL : Side.OTHER,
          null, false, null, false);
    }
    if (kind == SqlKind.LIKE && operands.get(1) instanceof SqlLiteral) {
      return new Bound(condition, operands.get(0), Side.OTHER, null, false, null, false);
    }
    return null;
  }
}
