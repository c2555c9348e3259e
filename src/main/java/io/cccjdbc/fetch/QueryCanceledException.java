package io.cccjdbc.fetch;

/** The statement was canceled, or ran past its query timeout, while waiting on the API. */
public final class QueryCanceledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean timedOut;

  QueryCanceledException(boolean timedOut, String message) {
    super(message);
    this.timedOut = timedOut;
  }

  public boolean timedOut() {
    return timedOut;
  }
}
