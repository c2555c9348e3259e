package io.cccjdbc.fetch;

import java.time.Duration;

/**
 * What one execution of a statement cost in API terms.
 *
 * @param apiCalls requests sent, retries included
 * @param retries requests that repeated a failed one
 * @param cacheHits instances and pages served without a request of this statement, from
 *     the cache or by sharing another statement's request in flight
 * @param apiWait time the statement spent waiting for the API
 */
public record FetchStatistics(int apiCalls, int retries, int cacheHits, Duration apiWait) {

  @Override
  public String toString() {
    return apiCalls + " API calls (" + retries + " retries), " + cacheHits + " cache hits, "
        + apiWait.toMillis() + " ms waiting for the API";
  }
}
