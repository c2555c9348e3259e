package io.cccjdbc.calcite;

/**
 * A statement that cannot run as written or as bound: what was wrong and how to fix it,
 * with a {@link Reason} the JDBC layer turns into an SQLState.
 */
public final class SqlStatementException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the statement failed. */
  public enum Reason {
    /** A LIMIT or FETCH row count that is negative. */
    NEGATIVE_LIMIT,
    /** An OFFSET that is negative. */
    NEGATIVE_OFFSET,
    /** A parameter value that is not what its place in the statement needs. */
    INVALID_PARAMETER,
    /** Nesting deeper than the planner can follow. */
    TOO_COMPLEX,
    /** Planning ran past the statement's query timeout. */
    TIMED_OUT,
    /** The statement was canceled while it was being planned. */
    CANCELED
  }

  private final Reason reason;

  public SqlStatementException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public SqlStatementException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
