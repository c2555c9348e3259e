package io.cccjdbc.api;

import java.net.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The CCC OpenAPI (version 2020-07-01) over RPC-style signed requests: one entry point,
 * {@link #call}, for every action of {@link CccActions}. Knows nothing of SQL.
 */
public final class CccClient {

  public static final String API_VERSION = "2020-07-01";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final OkHttpClient http;
  /** The deadline of one call, kept by {@link CallDeadlines}; 0 for none. */
  private final long callTimeoutNanos;
  private final Endpoint endpoint;
  /** The endpoint's root, parsed once; null when the HTTP client cannot call it. */
  private final HttpUrl root;
  /** Why the HTTP client cannot call the endpoint, when it cannot. */
  private final String rootProblem;
  private final Credentials credentials;
  private final RpcSigner signer;
  private final ClientOptions options;
  /** The last timestamp sent: calls within the same second reuse its text. */
  private volatile Timestamp lastTimestamp = new Timestamp(Long.MIN_VALUE, "");

  /** A second of the clock and its text as the API wants it. */
  private record Timestamp(long epochSecond, String text) {
  }

  /**
   * @param http the HTTP client with its timeouts; its call and read timeouts are kept here by
   *     cheaper means than OkHttp's own ({@link #withCheapTimeouts})
   */
  public CccClient(OkHttpClient http, Endpoint endpoint, Credentials credentials,
      ClientOptions options) {
    Objects.requireNonNull(http, "http");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    HttpUrl parsed = null;
    String problem = null;
    try {
      parsed = HttpUrl.get(endpoint.baseUrl() + "/");
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
    }
    this.root = parsed;
    this.rootProblem = problem;
    // A signed request holds the STS token: in clear text it may go to the endpoint itself
    // (only loopback is allowed plain HTTP) and never to a proxy on the way.
    OkHttpClient.Builder builder = withCheapTimeouts(http);
    if (endpoint.baseUrl().startsWith("http:")) {
      builder.proxy(Proxy.NO_PROXY);
    }
    this.http = builder.build();
    this.callTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(http.callTimeoutMillis());
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.signer = new RpcSigner(credentials.accessKeySecret());
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The client's timeouts without OkHttp's watchdog, which wakes a thread of its own for every
   * call (the call timeout) and every socket read and write: the read timeout becomes the
   * socket's ({@link SocketReadTimeout}), the call timeout {@link CallDeadlines}'. There is no
   * write timeout: a request is a few hundred bytes, which the socket's send buffer takes at
   * once, and should a write block all the same, the deadline of the call ends it. The read
   * timeout on the socket needs one request per socket, so HTTP/1.1, as the official SDK
   * speaks it; the API's answers are small, so HTTP/2's multiplexing would save little.
   */
  private static OkHttpClient.Builder withCheapTimeouts(OkHttpClient http) {
    OkHttpClient.Builder builder = http.newBuilder()
        .callTimeout(Duration.ZERO)
        .writeTimeout(Duration.ZERO);
    if (http.readTimeoutMillis() > 0) {
      SocketReadTimeout readTimeout = new SocketReadTimeout(http.readTimeoutMillis());
      builder.readTimeout(Duration.ZERO)
          .protocols(List.of(Protocol.HTTP_1_1))
          .socketFactory(readTimeout)
          .addNetworkInterceptor(readTimeout);
    }
    return builder;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  /**
   * A call of the request's action with its parameters, signed now and sent when executed.
   *
   * @throws CccTransportException if the parameters cannot be sent at all (text that is not
   *     valid Unicode)
   */
  public ApiCall call(ApiRequest request) {
    SortedMap<String, String> params = commonParams(request.action().name());
    request.parameters().forEach((name, value) -> {
      if (params.containsKey(name)) {
        throw new IllegalArgumentException(name + " is a common parameter, set by the client");
      }
      params.put(name, requireWellFormed(request, name, value));
    });
    String method = request.action().method();
    String canonicalQuery = RpcSigner.canonicalQuery(params);
    String signature = signer.sign(method, canonicalQuery);
    String signed = canonicalQuery + "&Signature=" + RpcSigner.percentEncode(signature);
    Request.Builder http = new Request.Builder()
        .header("User-Agent", options.userAgent())
        .header("Accept", "application/json");
    if (method.equals("GET")) {
      http.url(url(request).newBuilder().encodedQuery(signed).build()).get();
    } else {
      http.url(url(request)).post(RequestBody.create(signed, FORM));
    }
    return new ApiCall(request, this.http.newCall(http.build()), callTimeoutNanos,
        options.maxResponseBytes(),
        options.logHttp(), this.http.proxySelector(),
        Scrubber.of(credentials.securityToken(), credentials.accessKeySecret(), signature));
  }

  private HttpUrl url(ApiRequest request) {
    if (root == null) {
      throw new CccTransportException(request, "the endpoint " + endpoint.baseUrl()
          + " is not a URL the HTTP client can call (" + rootProblem + "); check endpoint",
          false, null);
    }
    return root;
  }

  /** A lone surrogate has no UTF-8 form: it would be sent as '?', a different value. */
  private static String requireWellFormed(ApiRequest request, String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new CccTransportException(request, "the value of " + name + " holds a lone UTF-16"
            + " surrogate at position " + i + ", which is not text and cannot be sent", false,
            null);
      }
    }
    return value;
  }

  private SortedMap<String, String> commonParams(String action) {
    SortedMap<String, String> params = new TreeMap<>();
    params.put("Action", action);
    params.put("Version", API_VERSION);
    params.put("Format", "JSON");
    params.put("AccessKeyId", credentials.accessKeyId());
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", UUID.randomUUID().toString());
    params.put("Timestamp", timestamp());
    if (credentials.securityToken() != null) {
      params.put("SecurityToken", credentials.securityToken());
    }
    return params;
  }

  /** Formatting the time took about a tenth of building a signed request (profiled). */
  private String timestamp() {
    long now = options.clock().instant().getEpochSecond();
    Timestamp last = lastTimestamp;
    if (last.epochSecond() != now) {
      last = new Timestamp(now, TIMESTAMP.format(Instant.ofEpochSecond(now)));
      lastTimestamp = last;
    }
    return last.text();
  }

  @Override
  public String toString() {
    return "CccClient[" + endpoint.baseUrl() + ", accessKeyId=" + credentials.accessKeyId() + "]";
  }
}
