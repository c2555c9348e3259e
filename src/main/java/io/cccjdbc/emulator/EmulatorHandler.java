package io.cccjdbc.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One request's path through the emulator: decode, count, wait out the latency, then either a
 * scripted fault or the gateway's checks followed by the action.
 */
final class EmulatorHandler implements HttpHandler {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final GatewayChecks gateway;
  private final Actions actions;
  private final RequestCounts counts;
  private final FaultScript faults;
  private final Supplier<Duration> latency;
  private final CountDownLatch closing;

  EmulatorHandler(GatewayChecks gateway, Actions actions, RequestCounts counts, FaultScript faults,
      Supplier<Duration> latency, CountDownLatch closing) {
    this.gateway = gateway;
    this.actions = actions;
    this.counts = counts;
    this.faults = faults;
    this.latency = latency;
    this.closing = closing;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      serve(exchange);
    } catch (IOException e) {
      // The client went away or a fault cut the connection: there is no one left to answer.
    } finally {
      // Closing an exchange that sent no response closes its connection, which is what the
      // hang and disconnect faults rely on.
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    Map<String, String> parameters = new LinkedHashMap<>();
    boolean decoded = decodeParameters(exchange, parameters);
    String action = parameters.get("Action");
    String instanceId = parameters.get("InstanceId");
    counts.countArrival(action, parameters);
    counts.handlingStarted();
    boolean waited = waitUnlessClosing(latency.get());
    counts.handlingEnded();
    if (!waited) {
      return;
    }
    Optional<Fault> fault = faults.take(action, instanceId);
    if (fault.isPresent()) {
      counts.countFaulted();
      applyFault(fault.get(), exchange, () -> answer(exchange, parameters, decoded, requestId));
      return;
    }
    Answer answer = answer(exchange, parameters, decoded, requestId);
    if (answer.status() >= 400) {
      counts.countRejected();
    }
    send(exchange, answer);
  }

  private Answer answer(HttpExchange exchange, Map<String, String> parameters, boolean decoded, String requestId) {
    String hostId = hostId(exchange);
    String method = exchange.getRequestMethod();
    Optional<ApiError> refusal;
    if (!decoded) {
      refusal = Optional.of(ApiError.malformedRequest());
    } else if (!method.equals("GET") && !method.equals("POST")) {
      refusal = Optional.of(ApiError.unsupportedHttpMethod());
    } else {
      refusal = gateway.check(method, parameters);
    }
    return refusal
        .map(error -> Answer.error(error, requestId, hostId))
        .orElseGet(() -> actions.answer(parameters.get("Action"), parameters, requestId, hostId));
  }

  /** Query string first, then a form body; false if either cannot be decoded. */
  private static boolean decodeParameters(HttpExchange exchange, Map<String, String> into) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    try {
      FormParameters.decodeInto(exchange.getRequestURI().getRawQuery(), into);
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
        FormParameters.decodeInto(new String(body, UTF_8), into);
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void applyFault(Fault fault, HttpExchange exchange, Supplier<Answer> normal) throws IOException {
    if (fault instanceof Fault.Respond respond) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", Answer.JSON_CONTENT_TYPE);
      headers.putAll(respond.headers());
      send(exchange, new Answer(respond.status(), respond.body(), headers));
    } else if (fault instanceof Fault.Hang) {
      waitUnlessClosing(null);
    } else if (fault instanceof Fault.TruncatedBody) {
      Answer answer = normal.get();
      sendHeaders(exchange, answer);
      OutputStream out = exchange.getResponseBody();
      out.write(answer.body(), 0, answer.body().length / 2);
      out.flush();
    } else if (fault instanceof Fault.Trickle trickle) {
      Answer answer = normal.get();
      sendHeaders(exchange, answer);
      OutputStream out = exchange.getResponseBody();
      for (byte b : answer.body()) {
        if (!waitUnlessClosing(trickle.interval())) {
          return;
        }
        out.write(b);
        out.flush();
      }
      out.close();
    } else if (fault instanceof Fault.Delay delay) {
      Answer answer = normal.get();
      if (waitUnlessClosing(delay.delay())) {
        send(exchange, answer);
      }
    }
    // Fault.Disconnect needs nothing here: returning without a response drops the connection.
  }

  /** Waits the duration (null: until closing); false if the emulator is closing and the request should be dropped. */
  private boolean waitUnlessClosing(Duration duration) {
    try {
      if (duration == null) {
        closing.await();
        return false;
      }
      return duration.isZero() || !closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    sendHeaders(exchange, answer);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body());
    }
  }

  private static void sendHeaders(HttpExchange exchange, Answer answer) throws IOException {
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
  }

  private static String hostId(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    return host != null ? host : exchange.getLocalAddress().getHostString();
  }
}
