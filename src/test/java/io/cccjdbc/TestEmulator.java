package io.cccjdbc;

import io.cccjdbc.emulator.CccEmulator;
import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.emulator.FaultRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** An emulator on 127.0.0.1 with its own credentials, and JDBC URLs that reach it. */
public final class TestEmulator implements AutoCloseable {

  public static final String ACCESS_KEY_ID = "LTAI-test-key-id";
  public static final String ACCESS_KEY_SECRET = "test-secret-Zq9xW2";

  private final CccEmulator emulator;

  private TestEmulator(CccEmulator emulator) {
    this.emulator = emulator;
  }

  public static TestEmulator start(Dataset dataset) {
    try {
      return new TestEmulator(CccEmulator.builder()
          .dataset(dataset)
          .credential(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
          .build()
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TestEmulator demo() {
    return start(Dataset.demo());
  }

  /** A URL with the emulator's endpoint and credentials, then any extra {@code key=value}s. */
  public String url(String... extra) {
    StringBuilder url = new StringBuilder("jdbc:ccc:endpoint=").append(emulator.endpoint())
        .append(";user=").append(ACCESS_KEY_ID)
        .append(";password=").append(ACCESS_KEY_SECRET);
    for (String setting : extra) {
      url.append(';').append(setting);
    }
    return url.toString();
  }

  public Connection connect(String... extra) throws SQLException {
    return DriverManager.getConnection(url(extra));
  }

  public String endpoint() {
    return emulator.endpoint();
  }

  public long getInstanceCalls() {
    return emulator.counts().forAction("GetInstance");
  }

  public long getInstanceCalls(String instanceId) {
    return emulator.counts().forInstance("GetInstance", instanceId);
  }

  public long listInstancesCalls() {
    return emulator.counts().forAction("ListInstances");
  }

  public long totalCalls() {
    return emulator.counts().total();
  }

  public void resetCounts() {
    emulator.counts().reset();
  }

  public void inject(FaultRule rule) {
    emulator.inject(rule);
  }

  public void clearFaults() {
    emulator.clearFaults();
  }

  public void setLatency(Duration latency) {
    emulator.setLatency(latency);
  }

  @Override
  public void close() {
    emulator.close();
  }
}
