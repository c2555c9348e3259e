package io.cccjdbc.calcite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContexts;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexExecutable;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.runtime.CalciteException;

/**
 * Computes a plan's constant expressions once while it is planned, so that one that cannot be
 * computed ({@code 1/0}, {@code CAST('prod' AS INTEGER)}, {@code 2147483647 + 1}) fails the
 * statement with its own error, as PostgreSQL does. Left to run time, Calcite's generated code
 * computes constants in a static initializer: the failure then surfaces as an
 * {@link ExceptionInInitializerError}, and the compiled class, which Calcite keeps and reuses
 * for the same code, fails with {@link NoClassDefFoundError} on every later run.
 */
final class ConstantExpressions {

  private ConstantExpressions() {
  }

  /** Fails with the error computing one of the plan's constants raised, if any did. */
  static void compute(RelNode root) {
    Set<RexNode> constants = new LinkedHashSet<>();
    root.accept(new Finder(constants));
    if (constants.isEmpty()) {
      return;
    }
    RexExecutable executable;
    try {
      executable = RexExecutorImpl.getExecutable(root.getCluster().getRexBuilder(),
          new ArrayList<>(constants), root.getCluster().getTypeFactory().builder().build());
    } catch (RuntimeException cannotCompile) {
      // Not computable here; run time computes it as Calcite always has.
      return;
    }
    executable.setDataContext(DataContexts.EMPTY);
    try {
      executable.execute();
    } catch (ExceptionInInitializerError e) {
      rethrowDataError(e.getCause());
    } catch (RuntimeException e) {
      rethrowDataError(e);
    }
  }

  /**
   * Errors the value itself causes; anything else (a function that needs what only a running
   * statement has) is left for run time.
   */
  private static void rethrowDataError(Throwable error) {
    if (error instanceof ArithmeticException || error instanceof IllegalArgumentException
        || error instanceof CalciteException) {
      throw (RuntimeException) error;
    }
  }

  /** Collects the largest constant subexpressions that are calls, in every node. */
  private static final class Finder extends RelHomogeneousShuttle {
    private final Set<RexNode> constants;

    Finder(Set<RexNode> constants) {
      this.constants = constants;
    }

    @Override
    public RelNode visit(RelNode other) {
      other.accept(new RexShuttle() {
        @Override
        public RexNode visitCall(RexCall call) {
          if (isConstant(call)) {
            constants.add(call);
            return call;
          }
          return super.visitCall(call);
        }

        @Override
        public RexNode visitSubQuery(RexSubQuery subQuery) {
          subQuery.rel.accept(Finder.this);
          return super.visitSubQuery(subQuery);
        }
      });
      return super.visit(other);
    }

    private static boolean isConstant(RexNode node) {
      if (node instanceof RexLiteral) {
        return true;
      }
      if (!(node instanceof RexCall call) || node instanceof RexSubQuery
          || !call.getOperator().isDeterministic() || call.getOperator().isDynamicFunction()
          || call.getOperator().isAggregator()) {
        return false;
      }
      List<RexNode> operands = call.getOperands();
      for (RexNode operand : operands) {
        if (!isConstant(operand)) {
          return false;
        }
      }
      return true;
    }
  }
}
