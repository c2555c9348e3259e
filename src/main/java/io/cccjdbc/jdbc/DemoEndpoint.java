package io.cccjdbc.jdbc;

import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The in-process emulator behind {@code demo=true}: started on first use, on loopback,
 * and shared by every demo connection of the JVM. Its threads are daemons.
 */
final class DemoEndpoint {

  static final Credentials CREDENTIALS = new Credentials(
      CccEmulator.DEMO_ACCESS_KEY_ID, CccEmulator.DEMO_ACCESS_KEY_SECRET, null);

  private DemoEndpoint() {
  }

  static Endpoint endpoint() {
    return Holder.ENDPOINT;
  }

  /** Lazy: the emulator starts only when a demo connection is first opened. */
  private static final class Holder {
    static final Endpoint ENDPOINT = start();

    private static Endpoint start() {
      try {
        CccEmulator emulator = CccEmulator.builder().dataset(Dataset.demo()).build().start();
        return new Endpoint("http", "127.0.0.1", emulator.port());
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the demo emulator on 127.0.0.1", e);
      }
    }
  }
}
