package io.cccjdbc.bench;

import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** An emulator on loopback for one scenario, with its own credentials and so its own cache. */
final class BenchEmulator implements AutoCloseable {

  static final String SECRET = "bench-secret";

  private static int started;

  final CccEmulator emulator;
  final String accessKeyId;

  private BenchEmulator(Dataset dataset, Duration latency) {
    accessKeyId = "LTAI-bench-" + (++started);
    try {
      emulator = CccEmulator.builder().dataset(dataset).credential(accessKeyId, SECRET)
          .latency(latency).build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BenchEmulator start(Dataset dataset, Duration latency) {
    return new BenchEmulator(dataset, latency);
  }

  String url(String... settings) {
    StringBuilder url = new StringBuilder("jdbc:ccc:endpoint=").append(emulator.endpoint())
        .append(";user=").append(accessKeyId).append(";password=").append(SECRET);
    for (String setting : settings) {
      url.append(';').append(setting);
    }
    return url.toString();
  }

  Connection connect(String... settings) throws SQLException {
    return DriverManager.getConnection(url(settings));
  }

  long calls() {
    return emulator.counts().total();
  }

  /** Delays every request from now on: for timing after a warm-up without latency. */
  void setLatency(Duration latency) {
    emulator.setLatency(latency);
  }

  @Override
  public void close() {
    emulator.close();
  }
}
