package io.cccjdbc.fetch;

import java.time.Duration;

/**
 * How a connection's statements fetch instances.
 *
 * @param cacheTtl how long a fetched instance is reused; zero turns the cache off
 * @param cacheMaxInstances most instances kept in the cache
 * @param maxConcurrency most API calls one statement has in flight
 * @param maxRequestsPerSecond most requests per second of each action per endpoint and
 *     AccessKey ID, if lower than the action's default; 0 for the defaults
 * @param maxRetries retries of a call after a transient failure
 * @param maxApiCallsPerStatement most calls one statement may need
 */
public record FetchSettings(
    Duration cacheTtl,
    int cacheMaxInstances,
    int maxConcurrency,
    int maxRequestsPerSecond,
    int maxRetries,
    int maxApiCallsPerStatement) {
}
