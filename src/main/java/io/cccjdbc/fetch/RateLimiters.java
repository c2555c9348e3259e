package io.cccjdbc.fetch;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.RateLimiter;
import io.cccjdbc.api.ApiAction;
import java.util.concurrent.TimeUnit;

/**
 * The rate each action's requests may go at. The service counts requests per account, region
 * and action, so every connection that signs with the same AccessKey ID at the same endpoint
 * draws from one bucket per action, whatever its settings: two connections never send twice
 * the account's rate. The bucket's rate is the action's default, or the highest
 * {@code maxRequestsPerSecond} a connection set above it (for an account whose quota was
 * raised). A connection that set a lower one also draws from a bucket of its own. Buckets start
 * full, so a statement's first burst (one second's worth) goes out at once.
 */
final class RateLimiters {

  /**
   * The share of an action's published quota the driver takes, leaving the rest to the
   * account's other callers (the console, other applications).
   */
  static final double SHARE_OF_QUOTA = 0.8;

  private record AccountKey(String endpoint, String accessKeyId, String action) {
  }

  private record ConfiguredKey(String endpoint, String accessKeyId, String action,
      int perSecond) {
  }

  private static final Cache<Object, RateLimiter> LIMITERS = CacheBuilder.newBuilder()
      .expireAfterAccess(30, TimeUnit.MINUTES).build();

  private RateLimiters() {
  }

  /** Requests per second an action gets by default: its share of the published quota. */
  static int defaultRate(ApiAction action) {
    return Math.max(1, (int) Math.floor(action.quotaPerSecond() * SHARE_OF_QUOTA));
  }

  /**
   * The rate of {@code action}'s requests for one connection.
   *
   * @param configured the connection's {@code maxRequestsPerSecond}; 0 for the default
   */
  static RequestRate forAction(String endpoint, String accessKeyId, ApiAction action,
      int configured) {
    RateLimiter account = account(endpoint, accessKeyId, action);
    if (configured <= 0 || configured == defaultRate(action)) {
      return account::acquire;
    }
    if (configured > defaultRate(action)) {
      raise(account, configured);
      return account::acquire;
    }
    RateLimiter own = LIMITERS.asMap().computeIfAbsent(
        new ConfiguredKey(endpoint, accessKeyId, action.name(), configured),
        key -> full(configured));
    return () -> {
      own.acquire();
      account.acquire();
    };
  }

  private static void raise(RateLimiter limiter, int perSecond) {
    synchronized (limiter) {
      if (limiter.getRate() < perSecond) {
        limiter.setRate(perSecond);
      }
    }
  }

  /** The bucket all connections of one account, endpoint and action share. */
  static RateLimiter account(String endpoint, String accessKeyId, ApiAction action) {
    return LIMITERS.asMap().computeIfAbsent(
        new AccountKey(endpoint, accessKeyId, action.name()), key -> full(defaultRate(action)));
  }

  /**
   * A bucket holding one second's worth of permits from the start. Guava's bursty limiter
   * starts empty, but one whose rate is lowered from unlimited starts with its whole burst.
   */
  static RateLimiter full(double perSecond) {
    RateLimiter limiter = RateLimiter.create(Double.POSITIVE_INFINITY);
    limiter.setRate(perSecond);
    return limiter;
  }
}
