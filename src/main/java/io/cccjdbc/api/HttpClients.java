package io.cccjdbc.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * HTTP clients for the API. All share one connection pool, so connections to the same
 * endpoint are reused across the driver's connections; each gets its own timeouts.
 */
public final class HttpClients {

  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
      .retryOnConnectionFailure(false)
      .followRedirects(false)
      .build();

  private HttpClients() {
  }

  /** Retries are the fetch layer's decision, so OkHttp's own silent retry is off. */
  public static OkHttpClient withTimeouts(Duration connectTimeout, Duration readTimeout) {
    return SHARED.newBuilder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .build();
  }
}
