package io.cccjdbc.api;

/**
 * The service answered, but a value in its answer is not what the field holds (a boolean
 * that reads {@code "yes"}, a count that reads {@code "two"}): the driver refuses to guess.
 */
public final class CccDataException extends CccException {

  private static final long serialVersionUID = 1L;

  CccDataException(ApiRequest request, String message) {
    super(request, message, null);
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
