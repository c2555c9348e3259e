package io.cccjdbc.api;

/**
 * Credentials could not be found or read. The message names every place that was looked at and
 * never contains a secret; the JDBC layer reports it with SQLState {@code 28000}.
 */
public class CredentialsException extends RuntimeException {

  public CredentialsException(String message) {
    super(message);
  }

  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
