package io.cccjdbc.jdbc;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import io.cccjdbc.api.Credentials;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

  /** Outside {@link Holder}, whose initialization waits for it on another thread. */
  private static CccEmulator startEmulator() throws IOException {
    return CccEmulator.builder().dataset(Dataset.demo()).build().start();
  }

  /** Lazy: the emulator starts only when a demo connection is first opened. */
  private static final class Holder {
    static final Endpoint ENDPOINT = start();

    /**
     * Starts the emulator from a daemon thread: the JDK's HTTP server gives its dispatcher
     * thread the daemon status of the thread that starts it, and a program that used the
     * demo must still end when its main method returns.
     */
    private static Endpoint start() {
      FutureTask<CccEmulator> starting = new FutureTask<>(DemoEndpoint::startEmulator);
      Thread starter = new Thread(starting, "ccc-demo-start");
      starter.setDaemon(true);
      starter.start();
      try {
        CccEmulator emulator = Uninterruptibles.getUninterruptibly(starting);
        return new Endpoint("http", "127.0.0.1", emulator.port());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw new UncheckedIOException("could not start the demo emulator on 127.0.0.1", io);
        }
        Throwables.throwIfUnchecked(cause);
        throw new IllegalStateException(cause);
      }
    }
  }
}
