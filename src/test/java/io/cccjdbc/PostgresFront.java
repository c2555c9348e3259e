package io.cccjdbc;

import io.cccjdbc.emulator.Dataset;
import io.cccjdbc.pg.ServeLayout;
import io.cccjdbc.pg.ServeSettings;
import io.cccjdbc.pg.ServedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The PostgreSQL front as {@code serve} runs it, against an emulator: the real embedded
 * PostgreSQL with postgres_fdw, in front of the endpoint and the driver. One per test class.
 */
public final class PostgresFront implements AutoCloseable {

  /** Unpacked once for every test class (it takes seconds); each class has its own cluster. */
  public static final Path BINARIES = Path.of("target", "pg-binaries").toAbsolutePath();

  private final TestEmulator emulator;
  private final ServedPostgres served;
  private final Path dataDirectory;

  private PostgresFront(TestEmulator emulator, ServedPostgres served, Path dataDirectory) {
    this.emulator = emulator;
    this.served = served;
    this.dataDirectory = dataDirectory;
  }

  /** {@code driverSettings} are extra {@code key=value}s of the driver's URL. */
  public static PostgresFront start(Dataset dataset, Path dataDirectory, String... driverSettings)
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

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A client's connection to the served database, as Metabase or DBeaver make it. */
  public Connection connect() throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", "ccc");
    login.setProperty("password", served.password());
    return DriverManager.getConnection(jdbcUrl(), login);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + served.port() + "/ccc";
  }

  public ServedPostgres served() {
    return served;
  }

  public TestEmulator emulator() {
    return emulator;
  }

  public Path dataDirectory() {
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

  /** An empty directory under target/ for one test class's cluster. */
  public static Path freshDirectory(String name) throws IOException {
    Path directory = Path.of("target", "pg-front", name).toAbsolutePath();
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(directory);
    return directory;
  }
}
