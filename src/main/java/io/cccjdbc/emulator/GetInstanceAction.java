package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** GetInstance: the instance's {@code Data} object, verbatim. */
final class GetInstanceAction implements ActionHandler {

  @Override
  public String name() {
    return "GetInstance";
  }

  @Override
  public JsonNode data(Parameters parameters, Dataset dataset) {
    String instanceId = parameters.required("InstanceId");
    ObjectNode instance = dataset.find(instanceId);
    if (instance == null) {
      throw new Rejection(ApiError.instanceNotFound(instanceId));
    }
    return instance;
  }

  /** As the reference's example: with an empty {@code Params} list. */
  @Override
  public ObjectNode body(String requestId, JsonNode data) {
    ObjectNode body = Json.MAPPER.createObjectNode()
        .put("RequestId", requestId)
        .put("Message", "")
        .put("HttpStatusCode", 200);
    body.putArray("Params");
    body.set("Data", data);
    return body.put("Code", "OK");
  }
}
