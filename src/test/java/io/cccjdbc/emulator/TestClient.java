package io.cccjdbc.emulator;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Talks to an emulator over loopback HTTP the way a client of the real API does. */
final class TestClient {
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String endpoint;
  private final String accessKeyId;
  private final String secret;
  private final Clock clock;

  TestClient(CccEmulator emulator) {
    this(emulator, CccEmulator.DEMO_ACCESS_KEY_ID, CccEmulator.DEMO_ACCESS_KEY_SECRET);
  }

  TestClient(CccEmulator emulator, String accessKeyId, String secret) {
    this(emulator.endpoint(), accessKeyId, secret);
  }

  TestClient(String endpoint, String accessKeyId, String secret) {
    this(endpoint, accessKeyId, secret, Clock.systemUTC());
  }

  /** Timestamps its requests by {@code clock}, for an emulator that keeps the same time. */
  TestClient(CccEmulator emulator, Clock clock) {
    this(emulator.endpoint(), CccEmulator.DEMO_ACCESS_KEY_ID, CccEmulator.DEMO_ACCESS_KEY_SECRET,
        clock);
  }

  private TestClient(String endpoint, String accessKeyId, String secret, Clock clock) {
    this.endpoint = endpoint;
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.clock = clock;
  }

  /** The common parameters of a fresh request for {@code action}: new nonce, current time. */
  Map<String, String> request(String action) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Action", action);
    parameters.put("Format", "JSON");
    parameters.put("Version", "2020-07-01");
    parameters.put("AccessKeyId", accessKeyId);
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureVersion", "1.0");
    parameters.put("SignatureNonce", UUID.randomUUID().toString());
    parameters.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    return parameters;
  }

  Map<String, String> getInstance(String instanceId) {
    Map<String, String> parameters = request("GetInstance");
    parameters.put("InstanceId", instanceId);
    return parameters;
  }

  Map<String, String> listInstances(int pageNumber, int pageSize) {
    Map<String, String> parameters = request("ListInstances");
    parameters.put("PageNumber", String.valueOf(pageNumber));
    parameters.put("PageSize", String.valueOf(pageSize));
    return parameters;
  }

  /** Adds the signature for {@code method} and sends. */
  Reply get(Map<String, String> parameters) throws IOException, InterruptedException {
    return sendAsIs("GET", sign("GET", parameters));
  }

  Reply post(Map<String, String> parameters) throws IOException, InterruptedException {
    return sendAsIs("POST", sign("POST", parameters));
  }

  Map<String, String> sign(String method, Map<String, String> parameters) {
    Map<String, String> signed = new LinkedHashMap<>(parameters);
    signed.put("Signature", Signatures.expectedSignature(method, signed, secret));
    return signed;
  }

  /** Sends the parameters exactly as given: in the query for GET, as a form body for POST. */
  Reply sendAsIs(String method, Map<String, String> parameters) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(build(method, parameters, null), HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(response.statusCode(), new String(response.body(), UTF_8),
        response.headers().firstValue("x-acs-request-id").orElse(null));
  }

  CompletableFuture<HttpResponse<String>> sendAsync(Map<String, String> signedGet, Duration timeout) {
    return http.sendAsync(build("GET", signedGet, timeout), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(Map<String, String> signedGet, Duration timeout) throws IOException, InterruptedException {
    return http.send(build("GET", signedGet, timeout), HttpResponse.BodyHandlers.ofString());
  }

  static String formEncode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> Signatures.percentEncode(e.getKey()) + "=" + Signatures.percentEncode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private HttpRequest build(String method, Map<String, String> parameters, Duration timeout) {
    String form = formEncode(parameters);
    HttpRequest.Builder builder = method.equals("POST")
        ? HttpRequest.newBuilder(URI.create(endpoint + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
        : HttpRequest.newBuilder(URI.create(endpoint + "/?" + form))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (timeout != null) {
      builder.timeout(timeout);
    }
    return builder.build();
  }

  record Reply(int status, String text, String requestIdHeader) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    String code() {
      return json().path("Code").asText();
    }

    String message() {
      return json().path("Message").asText();
    }
  }
}
