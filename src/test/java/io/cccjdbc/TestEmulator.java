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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/** An emulator on 127.0.0.1 with its own credentials, and JDBC URLs that reach it. */
public final class TestEmulator implements AutoCloseable {

  public static final String ACCESS_KEY_SECRET = "test-secret-Zq9xW2";

  private static final AtomicInteger EMULATORS = new AtomicInteger();

  private final CccEmulator emulator;
  private final String accessKeyId;

  private TestEmulator(CccEmulator emulator, String accessKeyId) {
    this.emulator = emulator;
    this.accessKeyId = accessKeyId;
  }

  /**
   * Each emulator has its own AccessKey ID: the driver shares its cache between connections
   * with the same endpoint and credentials, and an emulator may get an earlier one's port.
   */
  public static TestEmulator start(Dataset dataset) {
    return start(CccEmulator.builder().dataset(dataset));
  }

  public static TestEmulator demo() {
    return start(Dataset.demo());
  }

  /** The demo over HTTPS, presenting the certificate of this server context. */
  public static TestEmulator demoOverHttps(SSLContext server) {
    return start(CccEmulator.builder().dataset(Dataset.demo()).https(server));
  }

  private static TestEmulator start(CccEmulator.Builder builder) {
    String accessKeyId = "LTAI-test-" + EMULATORS.incrementAndGet();
    try {
      return new TestEmulator(builder
          .credential(accessKeyId, ACCESS_KEY_SECRET)
          .build()
          .start(), accessKeyId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL with the emulator's endpoint and credentials, then any extra {@code key=value}s. */
  public String url(String... extra) {
    StringBuilder url = new StringBuilder("jdbc:ccc:endpoint=").append(emulator.endpoint())
        .append(";user=").append(accessKeyId)
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

  public int port() {
    return emulator.port();
  }

  public String accessKeyId() {
    return accessKeyId;
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

  /** Requests of any action received. */
  public long calls(String action) {
    return emulator.counts().forAction(action);
  }

  public long calls(String action, String instanceId) {
    return emulator.counts().forInstance(action, instanceId);
  }

  /** The action parameters of the requests of {@code action} received, oldest first. */
  public List<Map<String, String>> received(String action) {
    return emulator.counts().received(action);
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
