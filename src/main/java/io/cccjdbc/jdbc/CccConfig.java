package io.cccjdbc.jdbc;

import io.cccjdbc.api.ClientOptions;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.CredentialsChain;
import io.cccjdbc.api.CredentialsException;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.api.Environment;
import io.cccjdbc.api.HttpProxy;
import io.cccjdbc.api.HttpSettings;
import io.cccjdbc.api.NonProxyHosts;
import io.cccjdbc.api.ProxyCredentials;
import io.cccjdbc.api.TrustStore;
import io.cccjdbc.api.TrustStoreException;
import io.cccjdbc.fetch.FetchSettings;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The settings of one connection, checked and typed. Immutable; {@link #toString()} and
 * {@link #maskedUrl()} never show a secret.
 */
final class CccConfig {

  private final Map<CccProperty, Object> values;
  private final List<String> warnings;
  private final String maskedUrl;

  CccConfig(Map<CccProperty, Object> values, List<String> warnings, String maskedUrl) {
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    this.warnings = List.copyOf(warnings);
    this.maskedUrl = maskedUrl;
  }

  /** Whether the URL is one for this driver; {@code Driver.connect} returns null when not. */
  static boolean acceptsUrl(String url) {
    return ConnectionUrl.accepts(url);
  }

  /**
   * Reads the URL and the Properties given to {@code connect} (which may be null).
   *
   * @throws SQLException with SQLState 08001 for a malformed URL, an unknown key in the URL, a
   *     key given twice, or a bad value; the message names the key and never shows a secret
   */
  static CccConfig parse(String url, Properties info) throws SQLException {
    return ConfigParser.parse(url, info);
  }

  /**
   * One entry per property, for {@code Driver.getPropertyInfo}: its current value (from the URL,
   * else Properties, else the default; none for secrets), description and choices. Never throws:
   * a URL that cannot be read contributes nothing.
   */
  static DriverPropertyInfo[] propertyInfo(String url, Properties info) {
    Map<CccProperty, String> current = ConfigParser.currentValues(url, info);
    CccProperty[] properties = CccProperty.values();
    DriverPropertyInfo[] infos = new DriverPropertyInfo[properties.length];
    for (int i = 0; i < properties.length; i++) {
      CccProperty property = properties[i];
      String value = current.getOrDefault(property, property.defaultValue());
      // A secret's value is left out, not masked: tools may write displayed values back.
      DriverPropertyInfo entry =
          new DriverPropertyInfo(property.propertyName(), property.isSecret() ? null : value);
      entry.description = property.description();
      List<String> choices = property.choices();
      entry.choices = choices.isEmpty() ? null : choices.toArray(String[]::new);
      entry.required = false;
      infos[i] = entry;
    }
    return infos;
  }

  String region() {
    return (String) values.get(CccProperty.REGION);
  }

  /** The zone TIMESTAMP values are wall-clock times of: {@code timeZone}, else the JVM's. */
  ZoneId timeZone() {
    Object zone = values.get(CccProperty.TIME_ZONE);
    return zone instanceof ZoneId id ? id : ZoneId.systemDefault();
  }

  /** The endpoint property, when set. */
  Optional<Endpoint> endpoint() {
    return Optional.ofNullable((Endpoint) values.get(CccProperty.ENDPOINT));
  }

  /** Where to send requests: the endpoint property when set, else the region's endpoint. */
  Endpoint serviceEndpoint() {
    return endpoint().orElseGet(() -> Endpoint.forRegion(region()));
  }

  Optional<String> user() {
    return text(CccProperty.USER);
  }

  Optional<String> password() {
    return text(CccProperty.PASSWORD);
  }

  Optional<String> securityToken() {
    return text(CccProperty.SECURITY_TOKEN);
  }

  Optional<String> profile() {
    return text(CccProperty.PROFILE);
  }

  @SuppressWarnings("unchecked")
  List<String> instanceIds() {
    return (List<String>) values.getOrDefault(CccProperty.INSTANCE_IDS, List.of());
  }

  boolean demo() {
    return (Boolean) values.get(CccProperty.DEMO);
  }

  Duration connectTimeout() {
    return Duration.ofSeconds((Integer) values.get(CccProperty.CONNECT_TIMEOUT));
  }

  Duration readTimeout() {
    return Duration.ofSeconds((Integer) values.get(CccProperty.READ_TIMEOUT));
  }

  /** How the API client behaves: its user agent, answer size limit and HTTP logging. */
  ClientOptions clientOptions(String userAgent) {
    return ClientOptions.of(userAgent)
        .withMaxResponseBytes((long) integer(CccProperty.MAX_RESPONSE_MEGABYTES) << 20)
        .withLogHttp((Boolean) values.get(CccProperty.LOG_HTTP));
  }

  /**
   * How the connection's HTTP client reaches the endpoint: timeouts, proxy and trust store. The
   * trust store file is read here.
   *
   * @throws SQLException with SQLState 08001 when half of a proxy setting is given, or the trust
   *     store cannot be used; the message says why and never shows a password
   */
  HttpSettings httpSettings() throws SQLException {
    return new HttpSettings(connectTimeout(), readTimeout(), proxy(), proxyCredentials(),
        trustStore());
  }

  private Optional<HttpProxy> proxy() throws SQLException {
    Optional<String> host = text(CccProperty.PROXY_HOST);
    Integer port = (Integer) values.get(CccProperty.PROXY_PORT);
    if (host.isPresent() && port == null) {
      throw rejected("proxyHost is set but proxyPort is not; set the proxy's port as well, such"
          + " as proxyPort=3128.", null);
    }
    if (host.isEmpty() && port != null) {
      throw rejected("proxyPort is set but proxyHost is not; set both to use a proxy, or"
          + " neither to use the JVM's proxy settings.", null);
    }
    NonProxyHosts bypass = (NonProxyHosts) values.get(CccProperty.NON_PROXY_HOSTS);
    return host.map(name -> new HttpProxy(name, port, bypass));
  }

  private Optional<ProxyCredentials> proxyCredentials() throws SQLException {
    Optional<String> user = text(CccProperty.PROXY_USER);
    Optional<String> password = text(CccProperty.PROXY_PASSWORD);
    if (user.isPresent() != password.isPresent()) {
      throw rejected((user.isPresent() ? "proxyUser is set but proxyPassword is not"
          : "proxyPassword is set but proxyUser is not")
          + "; set both, or neither when the proxy asks for no credentials.", null);
    }
    return user.map(name -> new ProxyCredentials(name, password.get()));
  }

  private Optional<TrustStore> trustStore() throws SQLException {
    Optional<String> file = text(CccProperty.TRUST_STORE);
    Optional<String> password = text(CccProperty.TRUST_STORE_PASSWORD);
    if (file.isEmpty()) {
      if (password.isPresent()) {
        throw rejected("trustStorePassword is set but trustStore is not; set trustStore to the"
            + " path of the trust store file.", null);
      }
      return Optional.empty();
    }
    String shown = "trustStore " + Messages.quotePath(file.get());
    Path path;
    try {
      path = Path.of(file.get());
    } catch (InvalidPathException e) {
      throw rejected(shown + " is not a file path this system accepts.", null);
    }
    try {
      return Optional.of(TrustStore.load(path, password.orElse(null),
          (String) values.get(CccProperty.TRUST_STORE_TYPE)));
    } catch (TrustStoreException e) {
      throw rejected("Cannot use " + shown + ": " + e.getMessage() + ".", e);
    }
  }

  /** How statements fetch: the cache, concurrency, rate limit, retries and budget. */
  FetchSettings fetchSettings() {
    return new FetchSettings(
        Duration.ofSeconds(integer(CccProperty.CACHE_TTL)),
        integer(CccProperty.CACHE_MAX_INSTANCES),
        integer(CccProperty.MAX_CONCURRENCY),
        values.get(CccProperty.MAX_REQUESTS_PER_SECOND) == null
            ? 0 : integer(CccProperty.MAX_REQUESTS_PER_SECOND),
        integer(CccProperty.MAX_RETRIES),
        integer(CccProperty.MAX_API_CALLS_PER_STATEMENT));
  }

  private int integer(CccProperty property) {
    return (Integer) values.get(property);
  }

  /** Things worth telling the user that did not stop the connection; each becomes a SQLWarning. */
  List<String> warnings() {
    return warnings;
  }

  /** The URL as given, with secret values replaced by {@code ***}: for DatabaseMetaData.getURL. */
  String maskedUrl() {
    return maskedUrl;
  }

  /**
   * The credentials to sign requests with: user and password (with securityToken) when set,
   * otherwise the first found by the Alibaba Cloud credential chain, starting at the named
   * profile when there is one.
   *
   * @throws SQLException with SQLState 28000 when none are found or half a pair is given
   */
  Credentials credentials(Environment environment) throws SQLException {
    Optional<String> user = user();
    Optional<String> password = password();
    if (user.isPresent() && password.isPresent()) {
      return new Credentials(user.get(), password.get(), securityToken().orElse(null));
    }
    if (user.isPresent()) {
      throw unauthorized("user (the AccessKey ID) is set but password (the AccessKey secret) is"
          + " not; set both, or neither to look credentials up elsewhere.", null);
    }
    if (password.isPresent()) {
      throw unauthorized("password (the AccessKey secret) is set but user (the AccessKey ID) is"
          + " not; set both, or neither to look credentials up elsewhere.", null);
    }
    if (securityToken().isPresent()) {
      throw unauthorized("securityToken is set but user and password are not; an STS token is"
          + " used together with its AccessKey ID (user) and secret (password).", null);
    }
    try {
      return new CredentialsChain(environment).resolve(profile().orElse(null));
    } catch (CredentialsException e) {
      throw unauthorized("user and password are not set, so credentials were looked up"
          + " elsewhere. " + e.getMessage(), e);
    }
  }

  /** Every value that is set, secrets masked. */
  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ", "CccConfig{", "}");
    values.forEach((property, value) -> shown.add(property.propertyName() + "="
        + (property.isSecret() ? Messages.MASK : value)));
    return shown.toString();
  }

  private Optional<String> text(CccProperty property) {
    return Optional.ofNullable((String) values.get(property));
  }

  private static SQLException rejected(String message, Throwable cause) {
    return SqlState.CONNECTION_REJECTED.exception(message, cause);
  }

  private static SQLException unauthorized(String message, Throwable cause) {
    return SqlState.INVALID_AUTHORIZATION.exception(message, cause);
  }
}
