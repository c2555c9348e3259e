package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How the emulator answers one action: its {@code Data}, or a {@link Rejection}. */
interface ActionHandler {

  String name();

  JsonNode data(Parameters parameters, Dataset dataset);

  /** The success body around {@code Data}, as most actions send it. */
  default ObjectNode body(String requestId, JsonNode data) {
    ObjectNode body = Json.MAPPER.createObjectNode()
        .put("RequestId", requestId)
        .put("HttpStatusCode", 200)
        .put("Code", "OK")
        .put("Message", "");
    body.set("Data", data);
    return body;
  }
}
