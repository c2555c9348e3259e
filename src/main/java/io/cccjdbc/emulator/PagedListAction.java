package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A list action of one instance, paged as the 2020-07-01 list actions page: {@code InstanceId},
 * {@code PageNumber} and {@code PageSize} required, both 1 to 100, and
 * {@code Data.{PageNumber, PageSize, TotalCount, List}} in the answer. Its items are the
 * dataset's items for the action, narrowed by its filters.
 */
final class PagedListAction implements ActionHandler {
  static final int MAX_PAGE_NUMBER = 100;
  static final int MAX_PAGE_SIZE = 100;

  private final String name;
  private final List<ItemFilter> filters;

  PagedListAction(String name, ItemFilter... filters) {
    this.name = name;
    this.filters = List.of(filters);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JsonNode data(Parameters parameters, Dataset dataset) {
    String instanceId = parameters.notBlank("InstanceId");
    int pageNumber = parameters.notBlankInt("PageNumber", 1, MAX_PAGE_NUMBER);
    int pageSize = parameters.notBlankInt("PageSize", 1, MAX_PAGE_SIZE);
    List<Predicate<ObjectNode>> tests = filters.stream()
        .map(filter -> filter.from(parameters)).filter(Objects::nonNull).toList();
    if (dataset.find(instanceId) == null) {
      throw new Rejection(ApiError.instanceNotFound(instanceId));
    }
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode item : dataset.items(name, instanceId)) {
      if (tests.stream().allMatch(test -> test.test(item))) {
        matching.add(item);
      }
    }
    ObjectNode data = Json.MAPPER.createObjectNode()
        .put("PageNumber", pageNumber)
        .put("PageSize", pageSize)
        .put("TotalCount", matching.size());
    ArrayNode list = data.putArray("List");
    int from = (pageNumber - 1) * pageSize;
    for (int i = from; i < matching.size() && i < from + pageSize; i++) {
      list.add(matching.get(i));
    }
    return data;
  }
}
