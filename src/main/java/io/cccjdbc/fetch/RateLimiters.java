package io.cccjdbc.fetch;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.RateLimiter;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per endpoint, AccessKey ID, action and rate: every connection that signs
 * with the same AccessKey at the same endpoint draws from the same bucket for an action, as
 * the service's own throttling counts them together.
 */
final class RateLimiters {

  private record Key(String endpoint, String accessKeyId, String action, int perSecond) {
  }

  private static final Cache<Key, RateLimiter> LIMITERS = CacheBuilder.newBuilder()
      .expireAfterAccess(30, TimeUnit.MINUTES).build();

  private RateLimiters() {
  }

  static RateLimiter forKey(String endpoint, String accessKeyId, String action, int perSecond) {
    return LIMITERS.asMap().computeIfAbsent(new Key(endpoint, accessKeyId, action, perSecond),
        key -> RateLimiter.create(key.perSecond()));
  }
}
