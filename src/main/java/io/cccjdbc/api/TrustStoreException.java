package io.cccjdbc.api;

/**
 * A trust store could not be used. The message says what is wrong with it and how to fix that,
 * but not which file it is (the caller knows how the user named it) and never the password.
 */
public final class TrustStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TrustStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
