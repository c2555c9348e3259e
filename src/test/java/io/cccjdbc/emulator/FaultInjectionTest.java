package io.cccjdbc.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends DemoEmulatorTest {
  private static final String THROTTLED = "{\"Code\":\"Throttling.User\","
      + "\"Message\":\"Request was denied due to user flow control.\"}";

  @Test
  void scriptedResponseAnswersTheNextMatchingRequestsOnly() throws Exception {
    emulator.inject(FaultRule.next(2, Fault.respond(503, THROTTLED).withHeader("x-acs-retry-after", "3"))
        .onAction("GetInstance").onInstance("ccc-test"));

    assertEquals(200, client.get(client.listInstances(1, 10)).status());
    assertEquals(200, client.get(client.getInstance("ccc-cd-ops")).status());
    HttpResponse<String> faulted = client.send(client.sign("GET", client.getInstance("ccc-test")), null);
    assertEquals(503, faulted.statusCode());
    assertEquals(THROTTLED, faulted.body());
    assertEquals("3", faulted.headers().firstValue("x-acs-retry-after").orElseThrow());
    assertEquals(503, client.get(client.getInstance("ccc-test")).status());
    assertEquals(200, client.get(client.getInstance("ccc-test")).status());
    assertEquals(2, emulator.counts().faulted());
  }

  @Test
  void rulesAreUsedInTheOrderTheyWereInjected() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.respond(500, "{}")));
    emulator.inject(FaultRule.next(1, Fault.respond(502, "{}")));

    assertEquals(500, client.get(client.getInstance("ccc-test")).status());
    assertEquals(502, client.get(client.getInstance("ccc-test")).status());
    assertEquals(200, client.get(client.getInstance("ccc-test")).status());
  }

  @Test
  void clearedFaultsNoLongerApply() throws Exception {
    emulator.inject(FaultRule.always(Fault.respond(500, "{}")));
    assertEquals(500, client.get(client.getInstance("ccc-test")).status());

    emulator.clearFaults();

    assertEquals(200, client.get(client.getInstance("ccc-test")).status());
  }

  @Test
  void hungRequestGetsNoAnswer() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.hang()));

    assertThrows(HttpTimeoutException.class,
        () -> client.send(client.sign("GET", client.getInstance("ccc-test")), Duration.ofMillis(300)));
  }

  @Test
  void closingTheEmulatorDropsHungRequests() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.hang()));
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(client.sign("GET", client.getInstance("ccc-test")), null);
    awaitArrivals(1);

    emulator.close();

    ExecutionException failure = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IOException.class, failure.getCause());
  }

  @Test
  void disconnectClosesTheConnectionWithoutAnswer() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.disconnect()));

    assertEquals("", new String(rawGet(client.sign("GET", client.getInstance("ccc-test"))), UTF_8));
  }

  @Test
  void truncatedBodyEndsBeforeItsAnnouncedLength() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.truncatedBody()));

    String response = new String(rawGet(client.sign("GET", client.getInstance("ccc-test"))), UTF_8);

    assertTrue(response.startsWith("HTTP/1.1 200"), response);
    Matcher length = Pattern.compile("(?im)^content-length: (\\d+)$").matcher(response);
    assertTrue(length.find(), response);
    byte[] body = response.substring(response.indexOf("\r\n\r\n") + 4).getBytes(UTF_8);
    assertTrue(body.length > 0 && body.length < Integer.parseInt(length.group(1)), response);
  }

  @Test
  void delayPastTheClientDeadlineTimesOut() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.delay(Duration.ofSeconds(30))));

    assertThrows(HttpTimeoutException.class,
        () -> client.send(client.sign("GET", client.getInstance("ccc-test")), Duration.ofMillis(300)));
    assertEquals(200, client.get(client.getInstance("ccc-test")).status());
  }

  @Test
  void delayedAnswerIsTheNormalOne() throws Exception {
    emulator.inject(FaultRule.next(1, Fault.delay(Duration.ofMillis(50))));

    TestClient.Reply reply = client.get(client.getInstance("ccc-test"));

    assertEquals(200, reply.status());
    assertEquals("ccc-test", reply.json().at("/Data/Id").asText());
  }

  @Test
  void invalidRulesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FaultRule.next(0, Fault.hang()));
    assertThrows(IllegalArgumentException.class, () -> Fault.respond(42, ""));
    assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ofSeconds(-1)));
  }

  /** One GET on its own connection, read until the server closes it; no client retries hide anything. */
  private byte[] rawGet(Map<String, String> signed) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
      socket.setSoTimeout(10_000);
      String request = "GET /?" + TestClient.formEncode(signed) + " HTTP/1.1\r\n"
          + "Host: 127.0.0.1:" + emulator.port() + "\r\n"
          + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(UTF_8));
      socket.getOutputStream().flush();
      return socket.getInputStream().readAllBytes();
    }
  }

  private void awaitArrivals(long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (emulator.counts().total() < expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the request never reached the emulator");
      }
      Thread.onSpinWait();
    }
  }
}
