package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayRejectionsTest {
  private static final String STS_ID = "STS.test-key";
  private static final String STS_SECRET = "sts-secret";
  private static final String STS_TOKEN = "CAIS+token/with=odd&chars";

  private CccEmulator emulator;
  private TestClient client;

  @BeforeEach
  void start() throws Exception {
    emulator = CccEmulator.builder()
        .credential(CccEmulator.DEMO_ACCESS_KEY_ID, CccEmulator.DEMO_ACCESS_KEY_SECRET)
        .credential("other-key", "other-secret")
        .stsCredential(STS_ID, STS_SECRET, STS_TOKEN)
        .build()
        .start();
    client = new TestClient(emulator);
  }

  @AfterEach
  void close() {
    emulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Action", "Version", "AccessKeyId", "SignatureMethod", "SignatureVersion",
      "SignatureNonce", "Timestamp", "Signature"})
  void missingCommonParameterIsRejectedWithItsName(String name) throws Exception {
    Map<String, String> parameters = client.sign("GET", client.getInstance("ccc-test"));
    parameters.remove(name);
    if (!name.equals("Signature")) {
      parameters = client.sign("GET", parameters);
    }

    TestClient.Reply reply = client.sendAsIs("GET", parameters);

    assertError(reply, 400, "Missing" + name, name + " is mandatory for this action.");
  }

  @Test
  void wrongSignatureIsRejectedWithTheServerStringToSign() throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("Signature", Signatures.expectedSignature("GET", parameters, "not-the-secret"));

    TestClient.Reply reply = client.sendAsIs("GET", parameters);

    assertError(reply, 400, "SignatureDoesNotMatch",
        "Specified signature is not matched with our calculation. server string to sign is:"
            + Signatures.stringToSign("GET", parameters));
    assertTrue(reply.message().contains("server string to sign is:GET&%2F&AccessKeyId%3D"), reply.message());
  }

  @Test
  void signatureForAnotherHttpMethodIsRejected() throws Exception {
    TestClient.Reply reply = client.sendAsIs("GET", client.sign("POST", client.getInstance("ccc-test")));

    assertError(reply, 400, "SignatureDoesNotMatch", null);
  }

  @Test
  void unknownAccessKeyIsRejected() throws Exception {
    TestClient stranger = new TestClient(emulator, "unknown-key", "whatever");

    TestClient.Reply reply = stranger.get(stranger.getInstance("ccc-test"));

    assertError(reply, 404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
  }

  @ParameterizedTest
  @ValueSource(longs = {-16, 16})
  void staleTimestampIsRejected(long minutesOff) throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("Timestamp", TestClient.TIMESTAMP.format(Instant.now().plus(Duration.ofMinutes(minutesOff))));

    TestClient.Reply reply = client.get(parameters);

    assertError(reply, 400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  }

  @ParameterizedTest
  @ValueSource(longs = {-14, 14})
  void timestampWithinFifteenMinutesIsAccepted(long minutesOff) throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("Timestamp", TestClient.TIMESTAMP.format(Instant.now().plus(Duration.ofMinutes(minutesOff))));

    assertEquals(200, client.get(parameters).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-01 00:00:00", "2024-01-01T00:00:00+08:00", "1700000000", "2024-02-30T00:00:00Z"})
  void malformedTimestampIsRejected(String timestamp) throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("Timestamp", timestamp);

    TestClient.Reply reply = client.get(parameters);

    assertError(reply, 400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
  }

  @Test
  void reusedNonceIsRejected() throws Exception {
    Map<String, String> signed = client.sign("GET", client.getInstance("ccc-test"));

    assertEquals(200, client.sendAsIs("GET", signed).status());
    TestClient.Reply again = client.sendAsIs("GET", signed);

    assertError(again, 400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }

  @Test
  void nonceIsTrackedPerAccessKey() throws Exception {
    TestClient other = new TestClient(emulator, "other-key", "other-secret");
    Map<String, String> mine = client.getInstance("ccc-test");
    Map<String, String> theirs = other.getInstance("ccc-test");
    theirs.put("SignatureNonce", mine.get("SignatureNonce"));

    assertEquals(200, client.get(mine).status());
    assertEquals(200, other.get(theirs).status());
  }

  @Test
  void badlySignedRequestDoesNotSpendItsNonce() throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    Map<String, String> forged = new LinkedHashMap<>(parameters);
    forged.put("Signature", "forged");

    assertEquals(400, client.sendAsIs("GET", forged).status());
    assertEquals(200, client.get(parameters).status());
  }

  @Test
  void nonceIsAcceptedAgainAfterFifteenMinutes() throws Exception {
    MutableClock clock = new MutableClock();
    try (CccEmulator clocked = CccEmulator.builder().clock(clock).build().start()) {
      TestClient clockedClient = new TestClient(clocked);
      Map<String, String> parameters = clockedClient.getInstance("ccc-test");
      parameters.put("Timestamp", TestClient.TIMESTAMP.format(clock.instant()));
      assertEquals(200, clockedClient.get(parameters).status());

      clock.advance(Duration.ofMinutes(14));
      parameters.put("Timestamp", TestClient.TIMESTAMP.format(clock.instant()));
      assertError(clockedClient.get(parameters), 400, "SignatureNonceUsed", null);

      clock.advance(Duration.ofMinutes(2));
      parameters.put("Timestamp", TestClient.TIMESTAMP.format(clock.instant()));
      assertEquals(200, clockedClient.get(parameters).status());
    }
  }

  @Test
  void wrongVersionIsRejected() throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("Version", "2017-07-05");

    assertError(client.get(parameters), 400, "InvalidVersion", "Specified parameter Version is not valid.");
  }

  @Test
  void unknownActionIsRejected() throws Exception {
    TestClient.Reply reply = client.get(client.request("DeleteInstance"));

    assertError(reply, 404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
  }

  @Test
  void wrongSignatureMethodIsRejected() throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("SignatureMethod", "HMAC-SHA256");

    assertError(client.get(parameters), 400, "InvalidSignatureMethod", "Specified signature method is not supported.");
  }

  @Test
  void wrongSignatureVersionIsRejected() throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("SignatureVersion", "2.0");

    assertError(client.get(parameters), 400, "IncompleteSignature",
        "The request signature does not conform to Aliyun standards.");
  }

  @Test
  void stsCredentialWithoutItsTokenIsRejected() throws Exception {
    TestClient sts = new TestClient(emulator, STS_ID, STS_SECRET);

    assertError(sts.get(sts.getInstance("ccc-test")), 400, "MissingSecurityToken",
        "SecurityToken is mandatory for this action.");
  }

  @Test
  void stsCredentialWithWrongTokenIsRejected() throws Exception {
    TestClient sts = new TestClient(emulator, STS_ID, STS_SECRET);
    Map<String, String> parameters = sts.getInstance("ccc-test");
    parameters.put("SecurityToken", "CAIS-someone-elses");

    assertError(sts.get(parameters), 400, "InvalidSecurityToken.MismatchWithAccessKey",
        "Specified SecurityToken mismatch with the AccessKey.");
  }

  @Test
  void stsCredentialWithItsTokenIsAccepted() throws Exception {
    TestClient sts = new TestClient(emulator, STS_ID, STS_SECRET);
    Map<String, String> parameters = sts.getInstance("ccc-test");
    parameters.put("SecurityToken", STS_TOKEN);

    assertEquals(200, sts.get(parameters).status());
    Map<String, String> posted = sts.getInstance("ccc-test");
    posted.put("SecurityToken", STS_TOKEN);
    assertEquals(200, sts.post(posted).status());
  }

  @Test
  void securityTokenWithAPlainAccessKeyIsRejected() throws Exception {
    Map<String, String> parameters = client.getInstance("ccc-test");
    parameters.put("SecurityToken", STS_TOKEN);

    assertError(client.get(parameters), 400, "InvalidSecurityToken.MismatchWithAccessKey", null);
  }

  @Test
  void unsupportedHttpMethodIsRejected() throws Exception {
    TestClient.Reply reply = client.sendAsIs("PUT", client.sign("PUT", client.getInstance("ccc-test")));

    assertError(reply, 400, "UnsupportedHTTPMethod", null);
  }

  @Test
  void undecodableParametersAreRejected() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("Action=GetInstance&InstanceId=%zz"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(400, response.statusCode());
    assertEquals("InvalidParameter", Json.MAPPER.readTree(response.body()).path("Code").asText());
  }

  @Test
  void errorBodyCarriesTheRealFields() throws Exception {
    TestClient.Reply reply = client.get(client.request("DeleteInstance"));
    JsonNode body = reply.json();

    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("RequestId", "HostId", "Code", "Message", "Recommend"), fields);
    assertEquals(reply.requestIdHeader(), body.path("RequestId").asText());
    assertEquals("127.0.0.1:" + emulator.port(), body.path("HostId").asText());
    assertTrue(body.path("Recommend").asText().contains("InvalidAction.NotFound"));
  }

  static void assertError(TestClient.Reply reply, int status, String code, String message) {
    assertEquals(status, reply.status(), reply.text());
    assertEquals(code, reply.code(), reply.text());
    if (message != null) {
      assertEquals(message, reply.message());
    }
  }
}
