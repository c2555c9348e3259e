package io.cccjdbc.api;

import java.time.Clock;
import java.util.Objects;

/**
 * How a {@link CccClient} behaves apart from where it connects and as whom.
 *
 * @param userAgent sent with every request
 * @param maxResponseBytes the largest answer decoded; a larger one is refused, not cut
 * @param logHttp whether each call is logged at INFO on {@code io.cccjdbc.api.http}
 * @param clock signs the requests' timestamps
 */
public record ClientOptions(String userAgent, long maxResponseBytes, boolean logHttp,
    Clock clock) {

  /** 64 MiB: an instance with 50,000 numbers answers in well under half of that. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  public ClientOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(clock, "clock");
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
    }
  }

  public static ClientOptions of(String userAgent) {
    return new ClientOptions(userAgent, DEFAULT_MAX_RESPONSE_BYTES, false, Clock.systemUTC());
  }

  public ClientOptions withMaxResponseBytes(long bytes) {
    return new ClientOptions(userAgent, bytes, logHttp, clock);
  }

  public ClientOptions withLogHttp(boolean log) {
    return new ClientOptions(userAgent, maxResponseBytes, log, clock);
  }

  public ClientOptions withClock(Clock signingClock) {
    return new ClientOptions(userAgent, maxResponseBytes, logHttp, signingClock);
  }
}
