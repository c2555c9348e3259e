package io.cccjdbc.api;

import java.util.List;

/**
 * One page of a paged action's list: {@code Data.{List, PageNumber, PageSize, TotalCount}}.
 *
 * @param list the items, or null when the answer has no {@code List} at all
 * @param totalCount the list's length as the service counts it, or null if not sent
 */
public record Page(Integer pageNumber, Integer pageSize, Long totalCount, List<ApiObject> list) {

  public Page {
    list = list == null ? null : List.copyOf(list);
  }

  /** The items; none when the answer had no {@code List}. */
  public List<ApiObject> items() {
    return list == null ? List.of() : list;
  }

  static Page of(ApiObject data) {
    return new Page(data.integer("PageNumber"), data.integer("PageSize"),
        data.bigint("TotalCount"), data.has("List") ? data.objects("List") : null);
  }
}
