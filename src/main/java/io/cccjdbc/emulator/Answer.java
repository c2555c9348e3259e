package io.cccjdbc.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A complete HTTP answer, ready to send or to be cut short by a fault. */
record Answer(int status, byte[] body, Map<String, String> headers) {
  static final String JSON_CONTENT_TYPE = "application/json;charset=utf-8";

  Answer {
    headers = Map.copyOf(headers);
  }

  static Answer json(int status, ObjectNode body, String requestId) {
    try {
      return new Answer(status, Json.MAPPER.writeValueAsBytes(body),
          Map.of("Content-Type", JSON_CONTENT_TYPE, "x-acs-request-id", requestId));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serializes", e);
    }
  }

  /** The error body of the real endpoint: RequestId, HostId, Code, Message, Recommend. */
  static Answer error(ApiError error, String requestId, String hostId) {
    ObjectNode body = Json.MAPPER.createObjectNode()
        .put("RequestId", requestId)
        .put("HostId", hostId)
        .put("Code", error.code())
        .put("Message", error.message())
        .put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + error.code()
            + "&product=CCC&requestId=" + requestId);
    return json(error.status(), body, requestId);
  }
}
