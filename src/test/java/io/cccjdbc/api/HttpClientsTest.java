package io.cccjdbc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** TLS is set up for https endpoints only: it costs a fresh JVM a good part of its start. */
class HttpClientsTest {

  private static final HttpSettings SETTINGS =
      HttpSettings.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));

  @Test
  void aClientForAPlainHttpEndpointHasNoTls() {
    OkHttpClient client = HttpClients.create(SETTINGS, false);

    assertEquals(List.of(ConnectionSpec.CLEARTEXT), client.connectionSpecs());
    assertThrows(IllegalStateException.class, client::sslSocketFactory);
  }

  @Test
  void aClientForAnHttpsEndpointHasOkHttpsDefaultTls() {
    OkHttpClient client = HttpClients.create(SETTINGS, true);

    assertEquals(new OkHttpClient().connectionSpecs(), client.connectionSpecs());
    assertNotNull(client.sslSocketFactory());
  }
}
