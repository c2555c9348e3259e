package io.cccjdbc.emulator;

/** Unwinds an action to its error answer; it carries no stack trace because nothing went wrong here. */
final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  Rejection(ApiError error) {
    super(error.code(), null, false, false);
    this.error = error;
  }

  ApiError error() {
    return error;
  }
}
