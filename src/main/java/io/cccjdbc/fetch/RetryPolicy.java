package io.cccjdbc.fetch;

import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed call again: only transient failures, at most {@code maxRetries}
 * times, after the wait the service asked for or else an exponentially growing one with
 * jitter, so that many clients throttled together do not return together.
 */
final class RetryPolicy {

  private static final Duration MAX_REQUESTED_WAIT = Duration.ofSeconds(30);

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;

  RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
    this.maxRetries = maxRetries;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  static RetryPolicy standard(int maxRetries) {
    return new RetryPolicy(maxRetries, Duration.ofMillis(200), Duration.ofSeconds(5));
  }

  /** Whether a call that failed this way after {@code retriesSoFar} retries goes again. */
  boolean shouldRetry(RuntimeException failure, int retriesSoFar) {
    return retriesSoFar < maxRetries && failure instanceof CccException e && e.isTransient();
  }

  /** How long to wait before retry number {@code retry} (1 for the first). */
  Duration delayBefore(int retry, RuntimeException failure) {
    if (failure instanceof CccApiException api && api.retryAfter().isPresent()) {
      Duration asked = api.retryAfter().get();
      return asked.compareTo(MAX_REQUESTED_WAIT) > 0 ? MAX_REQUESTED_WAIT : asked;
    }
    long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 20));
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
