package io.cccjdbc.fetch;

/** A statement would need more API calls than {@code maxApiCallsPerStatement} allows. */
public final class BudgetExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BudgetExceededException(long needed, int limit) {
    super("This statement needs at least " + needed + " API calls, more than"
        + " maxApiCallsPerStatement=" + limit + " allows, so it was stopped before making"
        + " them. Narrow it with WHERE instance_id = '...' (or IN (...)), name the instances"
        + " to scan with the instanceIds property, or raise maxApiCallsPerStatement.");
  }
}
