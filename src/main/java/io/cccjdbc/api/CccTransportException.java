package io.cccjdbc.api;

/**
 * No usable answer came back: the connection failed or timed out, or the body was not a
 * CCC response (an HTML page from a proxy, truncated or malformed JSON).
 */
public final class CccTransportException extends CccException {

  private static final long serialVersionUID = 1L;

  private final boolean isTransient;

  CccTransportException(ApiRequest request, String message, boolean isTransient, Throwable cause) {
    super(request, message, cause);
    this.isTransient = isTransient;
  }

  @Override
  public boolean isTransient() {
    return isTransient;
  }
}
