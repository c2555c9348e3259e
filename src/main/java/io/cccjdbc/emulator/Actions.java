package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** CCC's own part: the two actions, answered from the dataset once the gateway let the request in. */
final class Actions {
  static final String GET_INSTANCE = "GetInstance";
  static final String LIST_INSTANCES = "ListInstances";
  static final Set<String> NAMES = Set.of(GET_INSTANCE, LIST_INSTANCES);
  static final int MAX_PAGE_SIZE = 100;

  private final Dataset dataset;

  Actions(Dataset dataset) {
    this.dataset = dataset;
  }

  /** The success body, or the error CCC answers with; {@code action} is one of {@link #NAMES}. */
  Answer answer(String action, Map<String, String> parameters, String requestId, String hostId) {
    try {
      ObjectNode body = action.equals(GET_INSTANCE)
          ? getInstance(parameters, requestId)
          : listInstances(parameters, requestId);
      return Answer.json(200, body, requestId);
    } catch (Rejection rejection) {
      return Answer.error(rejection.error, requestId, hostId);
    }
  }

  private ObjectNode getInstance(Map<String, String> parameters, String requestId) {
    String instanceId = parameters.get("InstanceId");
    if (GatewayChecks.isMissing(instanceId)) {
      throw new Rejection(ApiError.missing("InstanceId"));
    }
    ObjectNode instance = dataset.find(instanceId);
    if (instance == null) {
      throw new Rejection(ApiError.instanceNotFound(instanceId));
    }
    ObjectNode body = Json.MAPPER.createObjectNode()
        .put("RequestId", requestId)
        .put("Message", "")
        .put("HttpStatusCode", 200);
    body.putArray("Params");
    body.set("Data", instance);
    return body.put("Code", "OK");
  }

  private ObjectNode listInstances(Map<String, String> parameters, String requestId) {
    int pageNumber = intParameter(parameters, "PageNumber", 1, Integer.MAX_VALUE);
    int pageSize = intParameter(parameters, "PageSize", 1, MAX_PAGE_SIZE);
    long offset = (long) (pageNumber - 1) * pageSize;
    ObjectNode data = Json.MAPPER.createObjectNode()
        .put("PageNumber", pageNumber)
        .put("PageSize", pageSize)
        .put("TotalCount", dataset.size());
    ArrayNode list = data.putArray("List");
    for (ObjectNode instance : dataset.page(offset, pageSize)) {
      list.add(listItem(instance));
    }
    ObjectNode body = Json.MAPPER.createObjectNode()
        .put("RequestId", requestId)
        .put("HttpStatusCode", 200)
        .put("Code", "OK")
        .put("Message", "");
    body.set("Data", data);
    return body;
  }

  /** ListInstances carries every instance field, but of each phone number only the number itself. */
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

  private static int intParameter(Map<String, String> parameters, String name, int minimum, int maximum) {
    String raw = parameters.get(name);
    if (GatewayChecks.isMissing(raw)) {
      throw new Rejection(ApiError.missing(name));
    }
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new Rejection(ApiError.invalid(name));
    }
    if (value < minimum) {
      throw new Rejection(ApiError.belowMinimum(name, minimum));
    }
    if (value > maximum) {
      throw new Rejection(ApiError.aboveMaximum(name, maximum));
    }
    return value;
  }

  /** Unwinds an action to its error answer; it carries no stack trace because nothing went wrong here. */
  private static final class Rejection extends RuntimeException {
    private final transient ApiError error;

    Rejection(ApiError error) {
      super(error.code(), null, false, false);
      this.error = error;
    }
  }
}
