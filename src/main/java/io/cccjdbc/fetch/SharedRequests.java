package io.cccjdbc.fetch;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * What connections to one endpoint with the same credentials and cache settings share: the
 * answers to requests, each fetched once however many statements ask at the same time, and
 * reused until they expire. Answers of snapshot actions are never kept here.
 *
 * <p>Shared by the whole credential, never by the AccessKey ID alone: a connection with a
 * wrong secret must not read what a right one fetched.
 */
final class SharedRequests {

  private record Key(String endpoint, String credentialDigest, Duration ttl, int maxAnswers) {
  }

  /** A connection that comes back within this time still finds what earlier ones fetched. */
  private static final Duration IDLE_LIFETIME = Duration.ofMinutes(30);

  private static final Cache<Key, SharedRequests> SHARED = CacheBuilder.newBuilder()
      .expireAfterAccess(IDLE_LIFETIME.toMinutes(), TimeUnit.MINUTES).build();

  private final Duration ttl;
  private final ConcurrentMap<ApiRequest, SharedCall> calls;

  SharedRequests(Duration ttl, int maxAnswers, Ticker ticker) {
    this.ttl = ttl;
    this.calls = CacheBuilder.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(Math.max(1, ttl.toMillis()), TimeUnit.MILLISECONDS)
        .maximumSize(maxAnswers)
        .<ApiRequest, SharedCall>build()
        .asMap();
  }

  static SharedRequests of(Endpoint endpoint, Credentials credentials, FetchSettings settings) {
    return SHARED.asMap().computeIfAbsent(
        new Key(endpoint.baseUrl(), credentials.digest(), settings.cacheTtl(),
            settings.cacheMaxInstances()),
        k -> new SharedRequests(k.ttl(), k.maxAnswers(), Ticker.systemTicker()));
  }

  ConcurrentMap<ApiRequest, SharedCall> calls() {
    return calls;
  }

  /** Whether a finished call's result may be reused by later statements. */
  boolean keepsResults() {
    return !ttl.isZero();
  }
}
