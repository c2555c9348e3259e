package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * ListCallDetailRecordsV2: the instance's call records whose StartTime is in
 * {@code [StartTime, EndTime]}, both ends included (by default from 00:00 today, Asia/Shanghai,
 * to now), narrowed by the filters, by StartTime (then ContactId) in {@code SortOrder}, newest
 * first by default. Paged as the other list actions, at most 100 pages of 100, so one filter set
 * reaches 10,000 records; the total is counted on the first page only, later pages say 0, as
 * the reference warns. An EndTime before the StartTime matches nothing.
 */
final class CallDetailRecordsAction implements ActionHandler {
  private static final List<String> SORT_ORDERS = List.of("ASC", "DESC");
  private static final List<String> ORDER_BY_FIELDS = List.of("startTime");

  private final List<ItemFilter> filters;

  CallDetailRecordsAction(ItemFilter... filters) {
    this.filters = List.of(filters);
  }

  @Override
  public String name() {
    return Dataset.CALL_DETAIL_RECORDS;
  }

  @Override
  public JsonNode data(Parameters parameters, Dataset dataset) {
    String instanceId = parameters.notBlank("InstanceId");
    int pageNumber = parameters.notBlankInt("PageNumber", 1, PagedListAction.MAX_PAGE_NUMBER);
    int pageSize = parameters.notBlankInt("PageSize", 1, PagedListAction.MAX_PAGE_SIZE);
    long now = parameters.now().toEpochMilli();
    Long start = parameters.optionalMillis("StartTime");
    Long end = parameters.optionalMillis("EndTime");
    long from = start != null ? start : ServiceTime.startOfDay(ServiceTime.day(now));
    long to = end != null ? end : now;
    boolean ascending = parameters.oneOf("SortOrder", "DESC", SORT_ORDERS).equals("ASC");
    parameters.oneOf("OrderByField", "startTime", ORDER_BY_FIELDS);
    List<Predicate<ObjectNode>> tests = filters.stream()
        .map(filter -> filter.from(parameters)).filter(Objects::nonNull).toList();
    if (dataset.find(instanceId) == null) {
      throw new Rejection(ApiError.instanceNotFound(instanceId));
    }
    List<TimedItem> window = from > to ? List.of()
        : dataset.during(name(), instanceId, from, to == Long.MAX_VALUE ? to : to + 1);
    List<TimedItem> matching = tests.isEmpty() ? window : new ArrayList<>();
    if (!tests.isEmpty()) {
      for (TimedItem item : window) {
        ObjectNode view = item.filterView();
        if (tests.stream().allMatch(test -> test.test(view))) {
          matching.add(item);
        }
      }
    }
    ObjectNode data = Json.MAPPER.createObjectNode()
        .put("PageNumber", pageNumber)
        .put("PageSize", pageSize)
        .put("TotalCount", pageNumber == 1 ? matching.size() : 0);
    ArrayNode list = data.putArray("List");
    int size = matching.size();
    for (int i = (pageNumber - 1) * pageSize; i < size && i < pageNumber * pageSize; i++) {
      list.add(matching.get(ascending ? i : size - 1 - i).json());
    }
    return data;
  }
}
