package io.cccjdbc.fetch;

import com.google.common.collect.MapMaker;
import io.cccjdbc.api.CccClient;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

/**
 * Where one connection's statements get their instances: the API client, the instance
 * ids configured for unfiltered queries, and how many calls a statement may have in flight.
 */
public final class InstanceSource {

  private final CccClient client;
  private final List<String> configuredIds;
  private final int maxConcurrency;
  /** Weak keys, compared by identity: a statement's entry goes when the statement does. */
  private final ConcurrentMap<Object, StatementFetch> statements =
      new MapMaker().weakKeys().makeMap();

  public InstanceSource(CccClient client, List<String> configuredIds, int maxConcurrency) {
    this.client = client;
    this.configuredIds = List.copyOf(configuredIds);
    this.maxConcurrency = maxConcurrency;
  }

  /**
   * Starts a new execution of the statement identified by {@code statementKey}: what
   * earlier executions fetched is not reused, and their outstanding calls are abandoned.
   */
  public StatementFetch begin(Object statementKey) {
    StatementFetch fetch = newFetch();
    StatementFetch previous = statements.put(statementKey, fetch);
    if (previous != null) {
      previous.close();
    }
    return fetch;
  }

  /** The current execution of the statement, starting one if none was begun. */
  public StatementFetch current(Object statementKey) {
    return statements.computeIfAbsent(statementKey, k -> newFetch());
  }

  /** The execution begun for the statement, or null. */
  public StatementFetch find(Object statementKey) {
    return statements.get(statementKey);
  }

  private StatementFetch newFetch() {
    return new StatementFetch(client, configuredIds, maxConcurrency, FetchThreads.EXECUTOR);
  }
}
