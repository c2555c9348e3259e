package io.cccjdbc.pg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: a cluster created once with {@code initdb}, then a {@code postgres}
 * process per start, child of this JVM, with the settings and pg_hba.conf that serve chooses.
 */
final class PostgresServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path binaries;
  private final ServeLayout layout;
  private final int port;
  private final Process process;

  private PostgresServer(Path binaries, ServeLayout layout, int port, Process process) {
    this.binaries = binaries;
    this.layout = layout;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts PostgreSQL on {@code listen} (127.0.0.1 unless asked otherwise) at {@code port};
   * every TCP login needs a password, and only this OS user reaches the private socket.
   */
  static PostgresServer start(ServeLayout layout, String listen, int port)
      throws IOException, InterruptedException {
    Path binaries = PostgresBinaries.unpack(layout.binariesParent());
    if (!Files.exists(layout.cluster().resolve("PG_VERSION"))) {
      initdb(binaries, layout.cluster());
    }
    writeHba(layout.cluster(), listen);
    Files.createDirectories(layout.socketDirectory());
    Files.setPosixFilePermissions(layout.socketDirectory(),
        PosixFilePermissions.fromString("rwx------"));
    List<String> arguments = List.of("-D", layout.cluster().toString(),
        "-p", Integer.toString(port),
        "-c", "listen_addresses=" + listen,
        "-c", "unix_socket_directories=" + layout.socketDirectory(),
        "-c", "unix_socket_permissions=0700",
        "-c", "password_encryption=scram-sha-256",
        "-c", "logging_collector=off");
    Process process = new ProcessBuilder(PostgresCommand.of(binaries, "postgres", arguments))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()))
        .start();
    PostgresServer server = new PostgresServer(binaries, layout, port, process);
    try {
      server.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  ProcessHandle process() {
    return process.toHandle();
  }

  AdminClient admin(String database) throws IOException, PostgresException {
    return AdminClient.connect(layout.socketDirectory(), port, database);
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IOException("PostgreSQL stopped while starting:\n" + logTail());
      }
      try (AdminClient client = admin("postgres")) {
        client.query("SELECT 1");
        return;
      } catch (IOException | PostgresException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("PostgreSQL did not accept connections within "
              + START_TIMEOUT.toSeconds() + " s:\n" + logTail(), e);
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
  }

  private static void initdb(Path binaries, Path cluster) throws IOException, InterruptedException {
    Files.createDirectories(cluster);
    Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
    Process initdb = new ProcessBuilder(PostgresCommand.of(binaries, "initdb", List.of(
        "-D", cluster.toString(), "-U", AdminClient.SUPERUSER, "-E", "UTF8", "--locale=C",
        "--auth-local=trust", "--auth-host=scram-sha-256", "--no-instructions")))
        .redirectErrorStream(true)
        .start();
    String output = new String(initdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (initdb.waitFor() != 0) {
      throw new IOException("initdb failed for " + cluster + ":\n" + output);
    }
  }

  /** Written on every start, so that {@code --listen} takes effect and nothing else is let in. */
  private static void writeHba(Path cluster, String listen) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "# Written by ccc-jdbc serve on every start; edits are overwritten.",
        "# The socket directory is private to the user running serve.",
        "local all all trust",
        "host all all 127.0.0.1/32 scram-sha-256",
        "host all all ::1/128 scram-sha-256"));
    if (!ServeLayout.isLoopback(listen)) {
      lines.add("host all all 0.0.0.0/0 scram-sha-256");
      lines.add("host all all ::/0 scram-sha-256");
    }
    Files.write(cluster.resolve("pg_hba.conf"), lines, StandardCharsets.UTF_8);
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(layout.log(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log at " + layout.log() + ")";
    }
  }

  /** A fast shutdown: clients are disconnected, and the cluster is left consistent. */
  @Override
  public void close() throws IOException {
    if (!process.isAlive()) {
      return;
    }
    try {
      Process stop = new ProcessBuilder(PostgresCommand.of(binaries, "pg_ctl", List.of(
          "stop", "-D", layout.cluster().toString(), "-m", "fast", "-w", "-t", "60")))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()))
          .start();
      if (!stop.waitFor(70, TimeUnit.SECONDS) || !process.waitFor(10, TimeUnit.SECONDS)) {
        LOG.warn("PostgreSQL did not stop in time; ending it");
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
