package io.cccjdbc.api;

import com.fasterxml.jackson.databind.JavaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The CCC OpenAPI (version 2020-07-01) over RPC-style signed GET requests. Knows nothing
 * of SQL; each method returns a call that is signed now and sent when executed.
 */
public final class CccClient {

  public static final String API_VERSION = "2020-07-01";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final JavaType INSTANCE_ENVELOPE = ApiJson.envelopeOf(Instance.class);
  private static final JavaType PAGE_ENVELOPE = ApiJson.envelopeOf(InstancePage.class);

  private final OkHttpClient http;
  private final Endpoint endpoint;
  private final Credentials credentials;
  private final ClientOptions options;

  public CccClient(OkHttpClient http, Endpoint endpoint, Credentials credentials,
      ClientOptions options) {
    this.http = Objects.requireNonNull(http, "http");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.options = Objects.requireNonNull(options, "options");
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public ApiCall<Instance> getInstance(String instanceId) {
    SortedMap<String, String> params = commonParams("GetInstance");
    params.put("InstanceId", Objects.requireNonNull(instanceId, "instanceId"));
    return newCall(new ApiRequest("GetInstance", "InstanceId=" + instanceId), params,
        INSTANCE_ENVELOPE);
  }

  public ApiCall<InstancePage> listInstances(int pageNumber, int pageSize) {
    SortedMap<String, String> params = commonParams("ListInstances");
    params.put("PageNumber", Integer.toString(pageNumber));
    params.put("PageSize", Integer.toString(pageSize));
    return newCall(new ApiRequest("ListInstances", "PageNumber=" + pageNumber), params,
        PAGE_ENVELOPE);
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
    params.put("Timestamp",
        TIMESTAMP.format(Instant.now(options.clock()).truncatedTo(ChronoUnit.SECONDS)));
    if (credentials.securityToken() != null) {
      params.put("SecurityToken", credentials.securityToken());
    }
    return params;
  }

  private <T> ApiCall<T> newCall(ApiRequest apiRequest, SortedMap<String, String> params,
      JavaType envelopeType) {
    String query = RpcSigner.signedQuery("GET", params, credentials.accessKeySecret());
    HttpUrl url = HttpUrl.get(endpoint.baseUrl() + "/?" + query);
    Request request = new Request.Builder()
        .url(url)
        .header("User-Agent", options.userAgent())
        .header("Accept", "application/json")
        .get()
        .build();
    return new ApiCall<>(apiRequest, http.newCall(request), envelopeType,
        options.maxResponseBytes(), options.logHttp(), http.proxySelector());
  }

  @Override
  public String toString() {
    return "CccClient[" + endpoint.baseUrl() + ", accessKeyId=" + credentials.accessKeyId() + "]";
  }
}
