package io.cccjdbc.api;

/**
 * No usable answer came back: the connection failed or timed out, or the body was not a
 * CCC response (an HTML page from a proxy, truncated or malformed JSON).
 */
public final class CccTransportException extends CccException {

  private static final long serialVersionUID = 1L;

  private final String action;
  private final boolean isTransient;

  CccTransportException(String action, String message, boolean isTransient, Throwable cause) {
    super(action + " failed: " + message, cause);
    this.action = action;
    this.isTransient = isTransient;
  }

  @Override
  public String action() {
    return action;
  }

  @Override
  public boolean isTransient() {
    return isTransient;
  }
}
