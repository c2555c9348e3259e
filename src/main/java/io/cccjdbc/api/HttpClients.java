package io.cccjdbc.api;

import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * HTTP clients for the API. All share one connection pool, so connections to the same
 * endpoint are reused across the driver's connections when their network settings are equal;
 * each gets its own timeouts, proxy and trust store.
 */
public final class HttpClients {

  /**
   * Idle connections are kept for less than the idle timeouts servers commonly have (30 s for
   * the JDK's own server, a minute or more for gateways), so that a pooled connection is seldom
   * one the server has already closed; one that is still fails at once and is retried.
   */
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(16, 25, TimeUnit.SECONDS))
      .retryOnConnectionFailure(false)
      .followRedirects(false)
      .build();

  private HttpClients() {
  }

  /**
   * Closes every pooled connection no call is using: for when the driver has no open JDBC
   * connection left, so that nothing of it holds a socket.
   */
  public static void closeIdleConnections() {
    SHARED.connectionPool().evictAll();
  }

  /** Retries are the fetch layer's decision, so OkHttp's own silent retry is off. */
  public static OkHttpClient withTimeouts(Duration connectTimeout, Duration readTimeout) {
    return create(HttpSettings.withTimeouts(connectTimeout, readTimeout));
  }

  public static OkHttpClient create(HttpSettings settings) {
    OkHttpClient.Builder builder = SHARED.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .proxyAuthenticator(new ProxyAuthenticator(settings.proxyCredentials()));
    if (settings.proxy().isPresent()) {
      builder.proxySelector(settings.proxy().get().selector());
    } else {
      // Asked now, not when the shared client was built: applications such as Eclipse-based
      // tools install their ProxySelector after start-up.
      ProxySelector jvm = ProxySelector.getDefault();
      if (jvm != null) {
        builder.proxySelector(jvm);
      } else {
        builder.proxy(Proxy.NO_PROXY);
      }
    }
    settings.trustStore().ifPresent(
        store -> builder.sslSocketFactory(store.socketFactory(), store.trustManager()));
    return builder.build();
  }
}
