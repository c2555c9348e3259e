package io.cccjdbc.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One read action of the CCC API, as data: its name, how it is sent, the shape of its
 * {@code Data}, how its items are told apart, how it pages and which time window one request
 * may ask for. The constants are in {@link CccActions}; every action is called through
 * {@link CccClient#call}.
 *
 * @param name the {@code Action} parameter
 * @param method {@code GET} (every parameter in the query) or {@code POST} (every parameter
 *     in a form body), as Alibaba's SDKs send that action
 * @param shape what {@code Data} holds
 * @param itemKey the fields that identify an item, to notice one listed twice (empty for a
 *     single object)
 * @param paging how the action pages, or null if it does not
 * @param window the time window its requests take, or null if they take none
 * @param snapshot whether answers describe a live state that must not be reused by a later
 *     statement (still made once per statement)
 * @param quotaPerSecond the requests per second the service allows an account for this action
 */
public record ApiAction(String name, String method, Shape shape, List<String> itemKey,
    Paging paging, TimeWindow window, boolean snapshot, int quotaPerSecond) {

  /** What the {@code Data} of a successful answer holds. */
  public enum Shape {
    /** One object, such as {@code GetInstance}'s instance. */
    OBJECT,
    /** {@code {List, PageNumber, PageSize, TotalCount}}: one page of a longer list. */
    PAGE,
    /** A plain array of objects. */
    ARRAY
  }

  /**
   * How a paged action pages.
   *
   * @param totalOnFirstPageOnly whether only page 1 carries {@code TotalCount} (later pages
   *     send 0)
   * @param maxPageNumber the highest {@code PageNumber} the action accepts
   */
  public record Paging(boolean totalOnFirstPageOnly, int maxPageNumber) {

    /** Most actions take {@code PageSize} 1 to 100. */
    public static final int PAGE_SIZE = 100;

    /** The most items one request can list: every page it can read, full. */
    public long maxItems() {
      return (long) maxPageNumber * PAGE_SIZE;
    }
  }

  /**
   * The time window of an action's requests, in epoch milliseconds.
   *
   * @param startParameter and {@code endParameter}: the parameters that bound it
   * @param alignment the service widens a window to whole multiples of this (an hour for
   *     reports), so requests are cut on such borders
   * @param spanParameter the parameter that decides the longest window, or null
   * @param maxSpans the longest window for each value of {@code spanParameter}; an action
   *     without (call records) is cut into shorter windows only when one holds more items than
   *     a request can list
   * @param defaultSpanValue the value the service assumes when {@code spanParameter} is left out
   * @param exactBounds whether the reference says how the bounds are read (start included, end
   *     excluded); where it does not, a client widens its windows by a millisecond each way
   */
  public record TimeWindow(String startParameter, String endParameter, Duration alignment,
      String spanParameter, Map<String, Duration> maxSpans, String defaultSpanValue,
      boolean exactBounds) {

    public TimeWindow {
      Objects.requireNonNull(startParameter, "startParameter");
      Objects.requireNonNull(endParameter, "endParameter");
      Objects.requireNonNull(alignment, "alignment");
      maxSpans = Map.copyOf(maxSpans);
    }

    /** The longest window a request of these parameters may ask for, or null if any. */
    public Duration maxSpan(Map<String, String> parameters) {
      if (spanParameter == null) {
        return null;
      }
      return maxSpans.get(parameters.getOrDefault(spanParameter, defaultSpanValue));
    }
  }

  public ApiAction {
    Objects.requireNonNull(name, "name");
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("method must be GET or POST: " + method);
    }
    if ((shape == Shape.PAGE) != (paging != null)) {
      throw new IllegalArgumentException(name + ": paging goes with the PAGE shape only");
    }
    itemKey = List.copyOf(itemKey);
  }

  public boolean isPaged() {
    return paging != null;
  }

  @Override
  public String toString() {
    return name;
  }
}
