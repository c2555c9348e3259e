package io.cccjdbc.calcite;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.plan.RelOptListener;

/**
 * The query timeout and cancel flag of the statement whose SQL this thread is executing, so
 * that planning stops with them: the planners check them before each rule they fire, and
 * preparation between its phases. Calcite hands its planner no statement, so the JDBC layer
 * opens these around an execution and the planning on the same thread finds them.
 */
public final class PlanningLimits implements AutoCloseable {

  private static final ThreadLocal<PlanningLimits> CURRENT = new ThreadLocal<>();

  private final int timeoutSeconds;
  private final long deadlineNanos;
  private final AtomicBoolean canceled;
  private final PlanningLimits previous;

  private PlanningLimits(int timeoutSeconds, AtomicBoolean canceled, PlanningLimits previous) {
    this.timeoutSeconds = timeoutSeconds;
    this.deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    this.canceled = canceled;
    this.previous = previous;
  }

  /**
   * Limits for what this thread plans until {@link #close()}.
   *
   * @param timeoutSeconds the statement's query timeout; 0 for none
   * @param canceled the statement's cancel flag
   */
  public static PlanningLimits open(int timeoutSeconds, AtomicBoolean canceled) {
    PlanningLimits limits = new PlanningLimits(timeoutSeconds, canceled, CURRENT.get());
    CURRENT.set(limits);
    return limits;
  }

  @Override
  public void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** Fails if the statement planned on this thread was canceled or ran out of time. */
  static void check() {
    PlanningLimits limits = CURRENT.get();
    if (limits != null) {
      limits.checkNow();
    }
  }

  /** A listener that checks before each rule a planner fires, or null when nothing limits. */
  static RelOptListener listener() {
    return CURRENT.get() == null ? null : new RuleListener();
  }

  private void checkNow() {
    if (canceled.get()) {
      throw new SqlStatementException(SqlStatementException.Reason.CANCELED,
          "Query was canceled while it was being planned");
    }
    if (timeoutSeconds > 0 && System.nanoTime() - deadlineNanos > 0) {
      throw new SqlStatementException(SqlStatementException.Reason.TIMED_OUT,
          "Query timed out after " + timeoutSeconds + " s while it was being planned; raise"
              + " Statement.setQueryTimeout or simplify the statement");
    }
  }

  private static final class RuleListener implements RelOptListener {
    @Override
    public void ruleAttempted(RuleAttemptedEvent event) {
      if (event.isBefore()) {
        check();
      }
    }

    @Override
    public void relEquivalenceFound(RelEquivalenceEvent event) {
    }

    @Override
    public void ruleProductionSucceeded(RuleProductionEvent event) {
    }

    @Override
    public void relDiscarded(RelDiscardedEvent event) {
    }

    @Override
    public void relChosen(RelChosenEvent event) {
    }
  }
}
