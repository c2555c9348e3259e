package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * ListInstances: every instance, one page at a time. It carries every instance field, but of
 * each phone number only the number itself.
 */
final class ListInstancesAction implements ActionHandler {
  static final int MAX_PAGE_SIZE = 100;

  @Override
  public String name() {
    return "ListInstances";
  }

  @Override
  public JsonNode data(Parameters parameters, Dataset dataset) {
    int pageNumber = parameters.requiredInt("PageNumber", 1, Integer.MAX_VALUE);
    int pageSize = parameters.requiredInt("PageSize", 1, MAX_PAGE_SIZE);
    long offset = (long) (pageNumber - 1) * pageSize;
    ObjectNode data = Json.MAPPER.createObjectNode()
        .put("PageNumber", pageNumber)
        .put("PageSize", pageSize)
        .put("TotalCount", dataset.size());
    ArrayNode list = data.putArray("List");
    for (ObjectNode instance : dataset.page(offset, pageSize)) {
      list.add(listItem(instance));
    }
    return data;
  }

  private static ObjectNode listItem(ObjectNode instance) {
    ObjectNode item = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> field : instance.properties()) {
      JsonNode value = field.getValue();
      item.set(field.getKey(), field.getKey().equals("NumberList") ? numbersOnly(value) : value);
    }
    return item;
  }

  private static JsonNode numbersOnly(JsonNode numberList) {
    if (!numberList.isArray()) {
      return numberList;
    }
    ArrayNode numbers = Json.MAPPER.createArrayNode();
    for (JsonNode number : numberList) {
      ObjectNode reduced = numbers.addObject();
      if (number.has("Number")) {
        reduced.set("Number", number.get("Number"));
      }
    }
    return numbers;
  }
}
