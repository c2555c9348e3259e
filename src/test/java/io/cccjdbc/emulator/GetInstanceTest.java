package io.cccjdbc.emulator;

import static io.cccjdbc.emulator.GatewayRejectionsTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetInstanceTest extends DemoEmulatorTest {
  private static final List<String> HOSTILE_IDS = List.of(
      "x&Action=DeleteInstance", "%", "%25", "+", "a+b", "/", "a b", " ", "\"quoted\" 'single'", "云呼测试实例",
      "=?&#;", "tab\tnew\nline", "emoji 😀", "x".repeat(5000));

  @Test
  void specExampleInstanceComesBackExactlyAsTheSpecShowsIt() throws Exception {
    JsonNode specData = specExample().path("Data");

    TestClient.Reply reply = client.get(client.getInstance("ccc-test"));

    assertEquals(200, reply.status(), reply.text());
    JsonNode data = reply.json().path("Data");
    assertEquals(specData, data);
    assertEquals(Json.MAPPER.writeValueAsString(specData), Json.MAPPER.writeValueAsString(data));
    assertTrue(data.at("/NumberList/0/Active").isTextual(), "Active stays the string \"true\"");
    assertTrue(data.at("/NumberList/0/SkillGroups/0/UserCount").isTextual(), "UserCount stays the string \"2\"");
  }

  @Test
  void successEnvelopeHasTheSpecFields() throws Exception {
    TestClient.Reply reply = client.get(client.getInstance("ccc-test"));
    JsonNode body = reply.json();

    assertEquals(List.of("RequestId", "Message", "HttpStatusCode", "Params", "Data", "Code"), fieldNames(body));
    assertEquals("OK", body.path("Code").asText());
    assertEquals(200, body.path("HttpStatusCode").asInt());
    assertEquals(reply.requestIdHeader(), body.path("RequestId").asText());
  }

  @Test
  void unknownInstanceIsNotFound() throws Exception {
    TestClient.Reply reply = client.get(client.getInstance("ccc-nope"));

    assertError(reply, 404, "NotExists.InstanceId", "The specified instance ccc-nope does not exist.");
  }

  @Test
  void missingInstanceIdIsRejected() throws Exception {
    assertError(client.get(client.request("GetInstance")), 400, "MissingInstanceId",
        "InstanceId is mandatory for this action.");
  }

  @Test
  void postedFormIsAnsweredLikeGet() throws Exception {
    TestClient.Reply posted = client.post(client.getInstance("ccc-cd-ops"));
    TestClient.Reply got = client.get(client.getInstance("ccc-cd-ops"));

    assertEquals(200, posted.status(), posted.text());
    assertEquals(got.json().path("Data"), posted.json().path("Data"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "POST"})
  void hostileInstanceIdsRoundTripAsOneParameter(String method) throws Exception {
    ArrayNode instances = Json.MAPPER.createArrayNode();
    HOSTILE_IDS.forEach(id -> instances.addObject().put("Id", id).put("Name", "hostile"));
    try (CccEmulator hostile = CccEmulator.builder().dataset(Dataset.fromJson(instances.toString())).build().start()) {
      TestClient hostileClient = new TestClient(hostile);
      for (String id : HOSTILE_IDS) {
        Map<String, String> parameters = hostileClient.getInstance(id);
        TestClient.Reply reply = method.equals("GET") ? hostileClient.get(parameters) : hostileClient.post(parameters);

        assertEquals(200, reply.status(), reply.text());
        assertEquals(id, reply.json().at("/Data/Id").asText());
        assertEquals(1, hostile.counts().forInstance("GetInstance", id));
      }
      assertEquals(0, hostile.counts().forAction("DeleteInstance"));
    }
  }

  @Test
  void unknownHostileIdIsEchoedVerbatimInTheError() throws Exception {
    String id = "x&Action=DeleteInstance 云 +%";

    assertError(client.get(client.getInstance(id)), 404, "NotExists.InstanceId",
        "The specified instance " + id + " does not exist.");
  }

  static JsonNode specExample() throws Exception {
    try (InputStream in = GetInstanceTest.class.getResourceAsStream("spec-getinstance-response.json")) {
      return Json.MAPPER.readTree(in);
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
