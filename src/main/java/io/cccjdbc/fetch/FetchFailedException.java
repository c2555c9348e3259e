package io.cccjdbc.fetch;

import io.cccjdbc.api.ApiRequest;

/**
 * A call failed with something other than an API or transport error, such as running out
 * of memory while decoding a huge answer; it fails the statement instead of leaving it
 * waiting for an answer that never comes.
 */
public final class FetchFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FetchFailedException(ApiRequest request, Throwable cause) {
    super(request + " failed: " + cause + (cause instanceof OutOfMemoryError
        ? "; the answer did not fit in this JVM's memory: give it more (-Xmx) or lower"
            + " maxResponseMegabytes so that such answers are refused early"
        : ""), cause);
  }

  /** Whether the JVM ran out of memory. */
  public boolean outOfMemory() {
    return getCause() instanceof OutOfMemoryError;
  }
}
