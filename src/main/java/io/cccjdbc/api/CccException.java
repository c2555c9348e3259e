package io.cccjdbc.api;

/**
 * A failed CCC API call. Unchecked so that it can travel through Calcite's enumerators;
 * the JDBC layer turns it into an {@link java.sql.SQLException} once, at its boundary.
 */
public abstract class CccException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CccException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The action that failed, e.g. {@code GetInstance}. */
  public abstract String action();

  /** Whether the same request may succeed if sent again later. */
  public abstract boolean isTransient();
}
