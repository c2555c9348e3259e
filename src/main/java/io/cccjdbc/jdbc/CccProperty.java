package io.cccjdbc.jdbc;

import static java.util.stream.Collectors.joining;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every connection property of the driver. URL and Properties parsing, error messages,
 * {@code Driver.getPropertyInfo} and {@code docs/configuration.md} are all derived from this
 * enum, so a new property is one constant here plus its typed accessor in {@link CccConfig}.
 */
public enum CccProperty {
  REGION("region", PropertyType.region(), "cn-shanghai",
      "Alibaba Cloud region of the CCC instances. It chooses the service endpoint unless"
          + " endpoint is set."),
  ENDPOINT("endpoint", PropertyType.endpoint(), null,
      "Service address to use instead of the one derived from region. Plain http:// is accepted"
          + " only for loopback hosts, such as a local emulator."),
  USER("user", PropertyType.string(), null,
      "AccessKey ID to sign requests with (BI tools' login field). Without user and password,"
          + " credentials are looked up as described under Credentials."),
  PASSWORD("password", PropertyType.secretString(), null,
      "AccessKey secret that belongs to user."),
  SECURITY_TOKEN("securityToken", PropertyType.secretString(), null,
      "STS security token, when user and password are temporary STS credentials."),
  PROFILE("profile", PropertyType.string(), null,
      "Credentials profile to use from ~/.aliyun/config.json or ~/.alibabacloud/credentials,"
          + " ahead of system properties and environment variables. Ignored when user and"
          + " password are set."),
  INSTANCE_IDS("instanceIds", PropertyType.commaList(), null,
      "CCC instance ids that queries without an instance_id condition read. Items are"
          + " trimmed; empty items and repeats are dropped."),
  DEMO("demo", PropertyType.bool(), "false",
      "Start the built-in emulator with demo data and connect to it instead of Alibaba Cloud;"
          + " no credentials are needed."),
  CONNECT_TIMEOUT("connectTimeout", PropertyType.integer(1, 300), "10",
      "Seconds to wait for a connection to the endpoint to be established."),
  READ_TIMEOUT("readTimeout", PropertyType.integer(1, 3600), "30",
      "Seconds to wait for data while reading an API response. A whole call, connecting to"
          + " the answer's last byte, also ends after connectTimeout + 4 x readTimeout, however"
          + " slowly the server sends."),
  CACHE_TTL("cacheTtl", PropertyType.integer(0, 86400), "60",
      "Seconds an API answer is reused by later statements, also of other connections with"
          + " the same endpoint, credentials and cache settings. 0 turns the cache off; expired"
          + " entries are fetched again, never served. Live states (realtime_* tables) are"
          + " never reused."),
  CACHE_MAX_INSTANCES("cacheMaxInstances", PropertyType.integer(1, 1_000_000), "10000",
      "Most API answers (an instance, or one page of a list) the cache holds; the least"
          + " recently used go first."),
  MAX_CONCURRENCY("maxConcurrency", PropertyType.integer(1, 64), "8",
      "Most API calls one statement has in flight at once. Rows stream as instances arrive,"
          + " and fetching runs at most this far ahead of the reader."),
  MAX_REQUESTS_PER_SECOND("maxRequestsPerSecond", PropertyType.integer(1, 10_000), null,
      "Most API requests per second of each action for this connection; retries count too. By"
          + " default each action gets 80% of the quota CCC publishes for it (GetInstance 300/s,"
          + " the other actions 100/s), shared by all connections to the same endpoint with the"
          + " same AccessKey ID, and its first second's worth goes out at once. A lower value"
          + " slows this connection only; a higher one (for an account whose quota was raised)"
          + " raises the shared rate of every connection with that AccessKey ID."),
  MAX_RETRIES("maxRetries", PropertyType.integer(0, 10), "3",
      "Times a call is retried after a transient failure (throttling, HTTP 5xx or 429, a"
          + " connection error), with exponential backoff and jitter, or after the wait the"
          + " service asks for. Permanent errors are never retried."),
  MAX_API_CALLS_PER_STATEMENT("maxApiCallsPerStatement", PropertyType.integer(1, 1_000_000),
      "1000",
      "Most API calls one statement may need. A statement that would need more fails before"
          + " it starts calling; narrow it with WHERE instance_id = ... or raise this."),
  PROXY_HOST("proxyHost", PropertyType.proxyHost(), null,
      "HTTP proxy to send API requests through, with proxyPort. When set, the JVM's proxy"
          + " settings are not used; when not, they are (https.proxyHost and the other system"
          + " properties, or a ProxySelector the application installed). HTTPS requests pass the"
          + " proxy in a CONNECT tunnel, so it sees the host name but not the request."),
  PROXY_PORT("proxyPort", PropertyType.integer(1, 65535), null,
      "Port of proxyHost; needed with it."),
  PROXY_USER("proxyUser", PropertyType.string(), null,
      "User name sent, with proxyPassword, when the proxy asks for HTTP Basic authentication"
          + " (HTTP 407). Applies to the proxy chosen by proxyHost or by the JVM's settings."),
  PROXY_PASSWORD("proxyPassword", PropertyType.secretString(), null,
      "Password that belongs to proxyUser."),
  NON_PROXY_HOSTS("nonProxyHosts", PropertyType.hostPatterns(), "localhost|127.*|[::1]",
      "Hosts that requests reach directly, not through proxyHost: patterns separated by | or"
          + " ',', in which * stands for any characters, as in the JVM's http.nonProxyHosts. A"
          + " value replaces the default, which, like the JVM's, keeps loopback addresses (such"
          + " as demo=true's emulator) off the proxy. Used only with proxyHost."),
  TRUST_STORE("trustStore", PropertyType.string(), null,
      "Path of a trust store file holding the CA certificates to trust instead of the JVM's"
          + " (javax.net.ssl.trustStore, else the JDK's cacerts), for networks that re-sign TLS"
          + " with their own CA. Certificates and host names are verified all the same."),
  TRUST_STORE_PASSWORD("trustStorePassword", PropertyType.secretString(), null,
      "Password of trustStore, if it has one."),
  TRUST_STORE_TYPE("trustStoreType", PropertyType.choice("PKCS12", "JKS"), "PKCS12",
      "Format of trustStore."),
  LOG_HTTP("logHttp", PropertyType.bool(), "false",
      "Log each API call at INFO on the SLF4J logger io.cccjdbc.api.http: action, instance id"
          + " or page, retry number, HTTP status, API error code, duration and request id."
          + " Never a secret, a signature or a request URL."),
  TIME_ZONE("timeZone", PropertyType.zone(), null,
      "Time zone whose wall clock TIMESTAMP values are in: values read, and literals and ?"
          + " parameters in filters. The API counts time in instants (epoch milliseconds); a"
          + " query reads them as local times of this zone. Default: the JVM's default zone."),
  MAX_RESPONSE_MEGABYTES("maxResponseMegabytes", PropertyType.integer(1, 2048), "64",
      "Largest API answer, in MiB, the driver decodes. A larger one fails the query with an"
          + " error saying so, rather than being cut short; an instance with 50,000 numbers"
          + " answers in about 10 MiB.");

  private static final int MAX_TYPO_LENGTH = 40;

  private final String propertyName;
  private final PropertyType type;
  private final String defaultValue;
  private final String description;

  CccProperty(String propertyName, PropertyType type, String defaultValue, String description) {
    this.propertyName = propertyName;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The name as users type it; matched without regard to case. */
  public String propertyName() {
    return propertyName;
  }

  /** What values are accepted, such as {@code integer from 1 to 300}. */
  public String form() {
    return type.form();
  }

  /** The value used when none is given, or null when there is none. */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The only values accepted, or an empty list when the values are open. */
  public List<String> choices() {
    return type.choices();
  }

  /** True when the value must never be shown. */
  public boolean isSecret() {
    return type.secret();
  }

  PropertyType type() {
    return type;
  }

  static Optional<CccProperty> forName(String name) {
    for (CccProperty property : values()) {
      if (property.propertyName.equalsIgnoreCase(name)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }

  /** The property whose name is nearest to {@code name}, if it is near enough to be a typo. */
  static Optional<CccProperty> closestTo(String name) {
    if (name.length() > MAX_TYPO_LENGTH) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(1, Math.min(3, lower.length() / 3));
    CccProperty best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CccProperty property : values()) {
      int distance = editDistance(lower, property.propertyName.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = property;
        bestDistance = distance;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  static String validNames() {
    return Arrays.stream(values()).map(CccProperty::propertyName).collect(joining(", "));
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
