package io.cccjdbc.api;

/**
 * A failed CCC API call. Unchecked so that it can travel through Calcite's enumerators;
 * the JDBC layer turns it into an {@link java.sql.SQLException} once, at its boundary.
 */
public abstract class CccException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ApiRequest request;
  private final String reason;

  CccException(ApiRequest request, String message, Throwable cause) {
    super(request + " failed: " + message, cause);
    this.request = request;
    this.reason = message;
  }

  /** The call that failed. */
  public ApiRequest request() {
    return request;
  }

  /** What went wrong, without the request's name that starts the message. */
  String reason() {
    return reason;
  }

  /** Whether the same request may succeed if sent again later. */
  public abstract boolean isTransient();
}
