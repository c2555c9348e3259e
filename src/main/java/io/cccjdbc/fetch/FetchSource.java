package io.cccjdbc.fetch;

import com.google.common.collect.MapMaker;
import io.cccjdbc.api.ApiAction;
import io.cccjdbc.api.CccClient;
import io.cccjdbc.api.Credentials;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Where one connection's statements fetch: the API client, the instance ids configured for
 * unfiltered queries, the fetch settings, and the cache and rate limits it shares with other
 * connections to the same endpoint with the same credentials.
 */
public final class FetchSource {

  private final CccClient client;
  private final List<String> configuredIds;
  private final FetchSettings settings;
  private final SharedRequests shared;
  private final Function<ApiAction, RequestRate> rateLimiters;
  private final RetryPolicy retryPolicy;
  /** Weak keys, compared by identity: a statement's entry goes when the statement does. */
  private final ConcurrentMap<Object, StatementFetch> statements =
      new MapMaker().weakKeys().makeMap();

  public FetchSource(CccClient client, Credentials credentials, List<String> configuredIds,
      FetchSettings settings) {
    this(client, configuredIds, settings,
        SharedRequests.of(client.endpoint(), credentials, settings),
        action -> RateLimiters.forAction(client.endpoint().baseUrl(),
            credentials.accessKeyId(), action, settings.maxRequestsPerSecond()),
        RetryPolicy.standard(settings.maxRetries()));
  }

  FetchSource(CccClient client, List<String> configuredIds, FetchSettings settings,
      SharedRequests shared, Function<ApiAction, RequestRate> rateLimiters,
      RetryPolicy retryPolicy) {
    this.client = client;
    this.configuredIds = List.copyOf(configuredIds);
    this.settings = settings;
    this.shared = shared;
    this.rateLimiters = rateLimiters;
    this.retryPolicy = retryPolicy;
  }

  /**
   * Starts a new execution of the statement identified by {@code statementKey}: what
   * earlier executions fetched is not reused, and their outstanding calls are abandoned.
   */
  public StatementFetch begin(Object statementKey) {
    StatementFetch fetch = newFetch();
    StatementFetch previous = statements.put(statementKey, fetch);
    if (previous != null && !previous.isShared()) {
      previous.close();
    }
    return fetch;
  }

  /**
   * Starts an execution that several statements can join with {@link #join}: the fetch is
   * theirs together, and ends only when the one who started it closes it.
   */
  public StatementFetch beginShared() {
    return newFetch().share();
  }

  /** The statement's next executions use {@code fetch}, begun by {@link #beginShared}. */
  public void join(Object statementKey, StatementFetch fetch) {
    statements.put(statementKey, fetch);
  }

  /** Forgets the statement's execution without ending it: another owns it. */
  public void leave(Object statementKey) {
    statements.remove(statementKey);
  }

  /** The current execution of the statement, starting one if none was begun. */
  public StatementFetch current(Object statementKey) {
    return statements.computeIfAbsent(statementKey, k -> newFetch());
  }

  /** The execution begun for the statement, or null. */
  public StatementFetch find(Object statementKey) {
    return statements.get(statementKey);
  }

  /** Ends every statement's fetch: the connection is closing. */
  public void close() {
    statements.values().forEach(StatementFetch::close);
    statements.clear();
  }

  private StatementFetch newFetch() {
    return new StatementFetch(client, shared, rateLimiters, settings, retryPolicy,
        configuredIds);
  }
}
