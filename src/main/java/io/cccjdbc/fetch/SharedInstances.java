package io.cccjdbc.fetch;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.api.Instance;
import io.cccjdbc.api.InstancePage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * What connections to one endpoint with the same credentials and cache settings share:
 * fetched instances and instance-list pages, each fetched once however many ask at the same
 * time, and reused until they expire.
 *
 * <p>Shared by the whole credential, never by the AccessKey ID alone: a connection with a
 * wrong secret must not read what a right one fetched.
 */
final class SharedInstances {

  private record Key(String endpoint, String credentialDigest, Duration ttl, int maxInstances) {
  }

  /** A connection that comes back within this time still finds what earlier ones fetched. */
  private static final Duration IDLE_LIFETIME = Duration.ofMinutes(30);

  private static final Cache<Key, SharedInstances> SHARED = CacheBuilder.newBuilder()
      .expireAfterAccess(IDLE_LIFETIME.toMinutes(), TimeUnit.MINUTES).build();

  private final Duration ttl;
  private final ConcurrentMap<String, SharedCall<Instance, Optional<Instance>>> details;
  private final ConcurrentMap<Integer, SharedCall<InstancePage, InstancePage>> pages;

  SharedInstances(Duration ttl, int maxInstances, Ticker ticker) {
    this.ttl = ttl;
    this.details = newCache(ttl, maxInstances, ticker);
    this.pages = newCache(ttl, maxInstances, ticker);
  }

  static SharedInstances of(Endpoint endpoint, Credentials credentials, FetchSettings settings) {
    return SHARED.asMap().computeIfAbsent(
        new Key(endpoint.baseUrl(), credentials.digest(), settings.cacheTtl(),
            settings.cacheMaxInstances()),
        k -> new SharedInstances(k.ttl(), k.maxInstances(), Ticker.systemTicker()));
  }

  ConcurrentMap<String, SharedCall<Instance, Optional<Instance>>> details() {
    return details;
  }

  ConcurrentMap<Integer, SharedCall<InstancePage, InstancePage>> pages() {
    return pages;
  }

  /** Whether a finished call's result may be reused by later statements. */
  boolean keepsResults() {
    return !ttl.isZero();
  }

  private static <K, V> ConcurrentMap<K, V> newCache(Duration ttl, int maxSize, Ticker ticker) {
    Cache<K, V> cache = CacheBuilder.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(Math.max(1, ttl.toMillis()), TimeUnit.MILLISECONDS)
        .maximumSize(maxSize)
        .build();
    return cache.asMap();
  }
}
