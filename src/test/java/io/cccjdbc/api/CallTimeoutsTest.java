package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The read timeout, the deadline of one call and cancel, against a server on 127.0.0.1 that
 * stalls or trickles exactly where each test says.
 */
@Timeout(60)
class CallTimeoutsTest {

  private static final ApiRequest GET_INSTANCE =
      ApiRequest.of(CccActions.GET_INSTANCE, Map.of("InstanceId", "ccc-test"));

  /** Never answers: the connection stays open and silent until the server closes. */
  private static final ScriptedServer.Step STALL = out -> new CountDownLatch(1).await();

  private static CccClient client(Endpoint endpoint, Duration connect, Duration read) {
    return new CccClient(HttpClients.withTimeouts(connect, read), endpoint,
        new Credentials("LTAI-timeouts", "secret", null), ClientOptions.of("ccc-jdbc-test"));
  }

  /** Sends {@code line} every 50 ms, well within a read timeout of 500 ms, without end. */
  private static void trickle(OutputStream out, String line)
      throws IOException, InterruptedException {
    while (true) {
      out.write(line.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(50);
    }
  }

  @Test
  void aServerThatTricklesItsHeadersHitsTheCallsDeadline() throws IOException {
    try (ScriptedServer server = new ScriptedServer().then(out -> {
      out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
      trickle(out, "X-Padding: more\r\n");
    })) {
      CccClient client = client(server.endpoint(), Duration.ofMillis(100), Duration.ofMillis(500));

      CccTransportException e = assertThrows(CccTransportException.class,
          () -> client.call(GET_INSTANCE).execute());

      assertTrue(e.getMessage().contains("no answer within the deadline of one call"),
          e.getMessage());
      assertFalse(e.isTransient());
      assertInstanceOf(InterruptedIOException.class, e.getCause());
      assertEquals("timeout", e.getCause().getMessage());
    }
  }

  @Test
  void aServerThatTricklesItsBodyHitsTheCallsDeadline() throws IOException {
    try (ScriptedServer server = new ScriptedServer().then(out -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000"
          + "\r\n\r\n{\"RequestId\":\"R-1\",\"Data\":[").getBytes(StandardCharsets.US_ASCII));
      trickle(out, " ");
    })) {
      CccClient client = client(server.endpoint(), Duration.ofMillis(100), Duration.ofMillis(500));

      CccTransportException e = assertThrows(CccTransportException.class,
          () -> client.call(GET_INSTANCE).execute());

      assertTrue(e.getMessage().contains("did not arrive in full within the deadline of one call"),
          e.getMessage());
      assertFalse(e.isTransient());
      assertInstanceOf(InterruptedIOException.class, e.getCause());
    }
  }

  @Test
  void aServerThatStallsHitsTheReadTimeoutBeforeTheDeadline() throws IOException {
    try (ScriptedServer server = new ScriptedServer().then(STALL)) {
      CccClient client = client(server.endpoint(), Duration.ofSeconds(5), Duration.ofMillis(300));

      CccTransportException e = assertThrows(CccTransportException.class,
          () -> client.call(GET_INSTANCE).execute());

      assertTrue(e.getMessage().contains("timed out waiting for 127.0.0.1"), e.getMessage());
      assertTrue(e.isTransient(), "a read timeout is worth another try");
      assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }
  }

  @Test
  void aTlsHandshakeThatStallsHitsTheReadTimeout() throws IOException {
    // The server reads the ClientHello as a request line that never ends: no answer comes.
    try (ScriptedServer server = new ScriptedServer()) {
      Endpoint https = new Endpoint("https", "127.0.0.1", server.endpoint().port());
      CccClient client = client(https, Duration.ofSeconds(5), Duration.ofMillis(300));

      CccTransportException e = assertThrows(CccTransportException.class,
          () -> client.call(GET_INSTANCE).execute());

      assertTrue(e.getMessage().contains("timed out waiting for 127.0.0.1"), e.getMessage());
      assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }
  }

  @Test
  void aPooledConnectionReadsWithTheTimeoutOfTheClientUsingIt() throws IOException {
    try (ScriptedServer server = new ScriptedServer()
        .then(ScriptedServer::answer)
        .then(out -> {
          Thread.sleep(900);
          ScriptedServer.answer(out);
        })
        .then(STALL)) {
      CccClient hasty = client(server.endpoint(), Duration.ofSeconds(5), Duration.ofMillis(300));
      CccClient patient = client(server.endpoint(), Duration.ofSeconds(5), Duration.ofSeconds(30));

      hasty.call(GET_INSTANCE).execute();
      Page slow = patient.call(GET_INSTANCE).execute();
      CccTransportException e = assertThrows(CccTransportException.class,
          () -> hasty.call(GET_INSTANCE).execute());

      assertEquals("ccc-test", slow.items().get(0).string("Id"));
      assertTrue(e.getMessage().contains("timed out waiting for 127.0.0.1"), e.getMessage());
      assertEquals(1, server.connections(), "all three requests went over one connection");
    }
  }

  @Test
  void cancelStopsACallInFlight() throws Exception {
    try (ScriptedServer server = new ScriptedServer().then(STALL)) {
      CccClient client = client(server.endpoint(), Duration.ofSeconds(30), Duration.ofSeconds(30));
      ApiCall call = client.call(GET_INSTANCE);
      CompletableFuture<Page> running = CompletableFuture.supplyAsync(call::execute);
      server.nextRequest();

      call.cancel();

      ExecutionException e = assertThrows(ExecutionException.class, running::get);
      assertInstanceOf(CccTransportException.class, e.getCause());
      assertTrue(e.getCause().getMessage().endsWith("failed: canceled"),
          e.getCause().getMessage());
      assertTrue(call.isCanceled());
    }
  }
}
