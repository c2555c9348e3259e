package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.Fault;
import io.cccjdbc.emulator.FaultRule;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the emulator, which checks signatures as the real gateway does. */
class CccClientTest {

  private static final String ID = "LTAI-client-test";
  private static final String SECRET = "client-test-secret";
  private static final String STS_ID = "STS.client-test";
  private static final String STS_SECRET = "sts-secret";
  private static final String STS_TOKEN = "CAIS+token/with=odd&chars";

  private static CccEmulator emulator;

  @BeforeAll
  static void start() throws IOException {
    emulator = CccEmulator.builder()
        .dataset(Dataset.demo())
        .credential(ID, SECRET)
        .stsCredential(STS_ID, STS_SECRET, STS_TOKEN)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static CccClient client(Credentials credentials) {
    return client(credentials, Clock.systemUTC());
  }

  private static CccClient client(Credentials credentials, Clock clock) {
    return new CccClient(HttpClients.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
        Endpoint.parse(emulator.endpoint()), credentials,
        ClientOptions.of("ccc-jdbc-test").withClock(clock));
  }

  private static CccClient client() {
    return client(new Credentials(ID, SECRET, null));
  }

  private static ApiCall getInstance(CccClient client, String id) {
    return client.call(ApiRequest.of(CccActions.GET_INSTANCE, Map.of("InstanceId", id)));
  }

  private static String idOf(Page answer) {
    return answer.items().get(0).string("Id");
  }

  @Test
  void specInstanceComesBackAsTheSpecDescribesIt() {
    ApiObject instance = getInstance(client(), "ccc-test").execute().items().get(0);

    assertEquals("云呼测试实例", instance.string("Name"));
    assertEquals("Admin@ccc-test", instance.objects("AdminList").get(0).string("RoleId"));
    ApiObject number = instance.objects("NumberList").get(0);
    assertEquals(true, number.bool("Active"));
    assertEquals(2, number.objects("SkillGroups").get(0).integer("UserCount"));
  }

  @Test
  void postActionsSendTheirParametersInASignedFormBody() {
    Page page = client().call(ApiRequest.of(CccActions.LIST_USERS,
        Map.of("InstanceId", "ccc-hz-service", "SkillGroupId", "presales@ccc-hz-service"))
        .page(1, 100)).execute();

    assertTrue(page.totalCount() > 0);
    assertEquals(page.totalCount(), page.items().size());
    Map<String, String> received = emulator.counts().received("ListUsers").get(0);
    assertEquals("presales@ccc-hz-service", received.get("SkillGroupId"));
    assertEquals("1", received.get("PageNumber"));
  }

  @Test
  void hostileInstanceIdsTravelAsOneParameter() {
    for (String id : List.of("x&Action=DeleteInstance", "100%", "a+b", "a/b", "with space",
        "quote'\"", "乐山-实例", "x".repeat(3000), "~*=?#")) {
      CccApiException e = assertThrows(CccApiException.class,
          () -> getInstance(client(), id).execute());

      assertEquals("NotExists.InstanceId", e.code(), id);
      assertEquals("The specified instance " + id + " does not exist.", e.serverMessage());
      assertEquals(1, emulator.counts().forInstance("GetInstance", id));
    }
    assertEquals(0, emulator.counts().forAction("DeleteInstance"));
  }

  @Test
  void listInstancesPagesCarryOnlyBareNumbers() {
    Page page = client().call(ApiRequest.of(CccActions.LIST_INSTANCES, Map.of()).page(1, 4))
        .execute();

    assertEquals(6, page.totalCount());
    assertEquals(4, page.items().size());
    ApiObject number = page.items().get(0).objects("NumberList").get(0);
    assertEquals("083xxxx0011", number.string("Number"));
    assertEquals(null, number.string("City"));
  }

  @Test
  void stsCredentialsSendTheirToken() {
    assertEquals("ccc-test",
        idOf(getInstance(client(new Credentials(STS_ID, STS_SECRET, STS_TOKEN)), "ccc-test").execute()));

    CccApiException e = assertThrows(CccApiException.class,
        () -> getInstance(client(new Credentials(STS_ID, STS_SECRET, "stale")), "ccc-test").execute());
    assertTrue(e.code().startsWith("InvalidSecurityToken"), e.code());
    assertFalse(e.getMessage().contains(STS_TOKEN));
  }

  @Test
  void wrongSecretMessageDropsTheEchoedStringToSign() {
    CccApiException e = assertThrows(CccApiException.class,
        () -> getInstance(client(new Credentials(STS_ID, "wrong", STS_TOKEN)), "ccc-test").execute());

    assertEquals("SignatureDoesNotMatch", e.code());
    assertFalse(e.getMessage().contains("string to sign"), e.getMessage());
    assertFalse(e.getMessage().contains("CAIS"), e.getMessage());
    assertFalse(e.isTransient());
  }

  @Test
  void skewedClockIsRefusedAsAnExpiredTimestamp() {
    Clock skewed = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);

    CccApiException e = assertThrows(CccApiException.class,
        () -> getInstance(client(new Credentials(ID, SECRET, null), skewed), "ccc-test").execute());

    assertEquals("InvalidTimeStamp.Expired", e.code());
  }

  @Test
  void eachCallIsSignedWithAFreshNonce() {
    CccClient client = client();
    for (int i = 0; i < 5; i++) {
      assertEquals("ccc-test", idOf(getInstance(client, "ccc-test").execute()));
    }
  }

  @Test
  void anErrorBodyIsDecodedByCodeWhateverTheStatus() {
    emulator.inject(FaultRule.next(1, Fault.respond(200, """
        {"RequestId":"R-200","Code":"Throttling.User","Message":"Request was denied due to user flow control."}
        """).withHeader("x-acs-retry-after", "1500")).onInstance("ccc-cd-ops"));

    CccApiException e = assertThrows(CccApiException.class,
        () -> getInstance(client(), "ccc-cd-ops").execute());

    assertEquals("Throttling.User", e.code());
    assertEquals("R-200", e.requestId());
    assertTrue(e.isTransient());
    assertEquals(Duration.ofMillis(1500), e.retryAfter().orElseThrow());
  }

  @Test
  void aProxyPageIsATransportErrorThatSaysWhatCameBack() {
    emulator.inject(FaultRule.next(1, Fault.respond(200, "<html><body>Login</body></html>"))
        .onInstance("ccc-sh-pilot"));

    CccTransportException e = assertThrows(CccTransportException.class,
        () -> getInstance(client(), "ccc-sh-pilot").execute());

    assertTrue(e.getMessage().contains("not a CCC JSON response"), e.getMessage());
    assertTrue(e.getMessage().contains("InstanceId=ccc-sh-pilot"), e.getMessage());
  }

  @Test
  void refusedConnectionIsATransientTransportError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    CccClient client = new CccClient(
        HttpClients.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)),
        new Endpoint("http", "127.0.0.1", closedPort), new Credentials(ID, SECRET, null),
        ClientOptions.of("t"));

    CccTransportException e = assertThrows(CccTransportException.class,
        () -> getInstance(client, "ccc-test").execute());

    assertTrue(e.isTransient());
    assertTrue(e.getMessage().contains("could not reach 127.0.0.1"), e.getMessage());
  }
}
