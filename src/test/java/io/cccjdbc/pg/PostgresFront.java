package io.cccjdbc.pg;

import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL front as {@code serve} runs it, against an emulator: the real embedded
 * PostgreSQL with postgres_fdw, in front of the endpoint and the driver. One per test class.
 */
final class PostgresFront implements AutoCloseable {

  /** Unpacked once for every test class (it takes seconds); each class has its own cluster. */
  static final Path BINARIES = Path.of("target", "pg-binaries").toAbsolutePath();

  private final TestEmulator emulator;
  private final ServedPostgres served;
  private final Path dataDirectory;

  private PostgresFront(TestEmulator emulator, ServedPostgres served, Path dataDirectory) {
    this.emulator = emulator;
    this.served = served;
    this.dataDirectory = dataDirectory;
  }

  /** {@code driverSettings} are extra {@code key=value}s of the driver's URL. */
  static PostgresFront start(Dataset dataset, Path dataDirectory, String... driverSettings)
      throws Exception {
    TestEmulator emulator = TestEmulator.start(dataset);
    try {
      String url = emulator.url(driverSettings);
      ServeSettings settings = new ServeSettings(dataDirectory, freePort(),
          ServeSettings.LOOPBACK, null, false);
      ServedPostgres served = ServedPostgres.start(settings,
          new ServeLayout(dataDirectory, BINARIES), () -> DriverManager.getConnection(url));
      return new PostgresFront(emulator, served, dataDirectory);
    } catch (Exception e) {
      emulator.close();
      throw e;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A client's connection to the served database, as Metabase or DBeaver make it. */
  Connection connect() throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", ServedDatabase.LOGIN);
    login.setProperty("password", served.password());
    return DriverManager.getConnection(jdbcUrl(), login);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + served.port() + "/" + ServedDatabase.DATABASE;
  }

  ServedPostgres served() {
    return served;
  }

  TestEmulator emulator() {
    return emulator;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() throws IOException {
    try {
      served.close();
    } finally {
      emulator.close();
    }
  }

  static Path freshDirectory(String name) throws IOException {
    Path directory = Path.of("target", "pg-front", name).toAbsolutePath();
    PostgresBinaries.deleteTree(directory);
    Files.createDirectories(directory);
    return directory;
  }
}
