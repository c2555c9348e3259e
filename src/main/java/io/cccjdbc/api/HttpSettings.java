package io.cccjdbc.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one connection's HTTP client reaches the endpoint.
 *
 * @param proxy the proxy for every request; when empty, the JVM's proxy settings decide, as they
 *     do for any Java program (the {@code https.proxyHost} family of system properties or a
 *     {@link java.net.ProxySelector} the application installed)
 * @param proxyCredentials the answer to a proxy's 407, whichever of the two chose the proxy
 * @param trustStore whom to trust instead of the JVM's default trust store
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout,
    Optional<HttpProxy> proxy, Optional<ProxyCredentials> proxyCredentials,
    Optional<TrustStore> trustStore) {

  /** A call's deadline: connecting, then this many read timeouts. */
  public static final int CALL_TIMEOUT_READS = 4;

  public HttpSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(proxyCredentials, "proxyCredentials");
    Objects.requireNonNull(trustStore, "trustStore");
  }

  /**
   * The most one call may take in all, connecting to the last byte of the answer: a server
   * that sends a byte just before each read would time out never ends it otherwise.
   */
  public Duration callTimeout() {
    return connectTimeout.plus(readTimeout.multipliedBy(CALL_TIMEOUT_READS));
  }

  /** The JVM's proxy settings and trust store. */
  public static HttpSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
    return new HttpSettings(connectTimeout, readTimeout, Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
