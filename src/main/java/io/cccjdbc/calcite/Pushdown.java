package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiAction;
import java.util.List;

/**
 * How a filter on one column becomes a request parameter, so the API sends fewer rows. The
 * filter always stays applied to the rows that come back, so the result is exact even where
 * the API's own matching is looser.
 */
public sealed interface Pushdown {

  /** The column filtered on. */
  String column();

  /** The request parameter its values go into. */
  String parameter();

  /**
   * {@code column = value} becomes {@code parameter=value}. Only one value is pushed: for an
   * {@code IN} list one unfiltered request costs fewer calls than one request per value.
   */
  record Single(String column, String parameter) implements Pushdown {
  }

  /**
   * {@code column = value} or {@code column IN (...)} becomes one JSON-array parameter, split
   * into several requests when it holds more than {@code maxPerRequest} values.
   */
  record ValueList(String column, String parameter, int maxPerRequest) implements Pushdown {
  }

  /**
   * A parameter that narrows to one of a few values and has a default when left out: a scan
   * asks for each value its filter allows, or for every one of them without a filter.
   */
  record EachOf(String column, String parameter, List<String> values) implements Pushdown {
    public EachOf {
      values = List.copyOf(values);
    }
  }

  /**
   * One request per value of the column: those its filter allows ({@code =}, {@code IN}), or
   * else every {@code itemField} of the list {@code listAction} gives for the instance (the
   * agents of a report per agent come from {@code ListUsers}, shared with any {@code users}
   * scan of the statement).
   */
  record PerItem(String column, String parameter, ApiAction listAction, String itemField)
      implements Pushdown {
  }

  /**
   * The window a filter allows a TIMESTAMP column becomes the request's time window,
   * {@code parameter} (its start) and {@code endParameter}, in epoch milliseconds. A scan
   * without a lower bound is refused: the API would answer for a default window (today) and
   * so silently return too few rows. Without an upper bound the window ends when the
   * statement started.
   */
  record TimeRange(String column, String parameter, String endParameter) implements Pushdown {
  }
}
