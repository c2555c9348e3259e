package io.cccjdbc.api;

import java.util.List;
import java.util.Objects;

/**
 * One read action of the CCC API, as data: its name, how it is sent, the shape of its
 * {@code Data} and how it pages. The constants are in {@link CccActions}; every action is
 * called through {@link CccClient#call}.
 *
 * @param name the {@code Action} parameter
 * @param method {@code GET} (every parameter in the query) or {@code POST} (every parameter
 *     in a form body), as Alibaba's SDKs send that action
 * @param shape what {@code Data} holds
 * @param paging how the action pages, or null if it does not
 * @param snapshot whether answers describe a live state that must not be reused by a later
 *     statement (still made once per statement)
 */
public record ApiAction(String name, String method, Shape shape, Paging paging,
    boolean snapshot) {

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
   * @param itemKey the fields that identify an item, to notice one listed on two pages
   * @param totalOnFirstPageOnly whether only page 1 carries {@code TotalCount} (later pages
   *     send 0)
   * @param maxPageNumber the highest {@code PageNumber} the action accepts
   */
  public record Paging(List<String> itemKey, boolean totalOnFirstPageOnly, int maxPageNumber) {

    /** Most actions take {@code PageSize} 1 to 100. */
    public static final int PAGE_SIZE = 100;

    public Paging {
      itemKey = List.copyOf(itemKey);
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
  }

  public boolean isPaged() {
    return paging != null;
  }

  @Override
  public String toString() {
    return name;
  }
}
