package io.cccjdbc.pg;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data directory of {@code serve}: the unpacked binaries, the PostgreSQL cluster, its
 * private socket directory, its log, and the password of the {@code ccc} login. Nothing in it
 * holds an AccessKey secret or STS token.
 */
public record ServeLayout(Path root, Path binariesParent) {

  /** Everything under one directory, as {@code --data-dir} gives it. */
  public ServeLayout(Path root) {
    this(root, root);
  }

  public static Path defaultRoot() {
    return Path.of(System.getProperty("user.home"), ".ccc-jdbc", "serve");
  }

  Path cluster() {
    return root.resolve("cluster");
  }

  /**
   * Under the data directory, unless that path is too long for a Unix socket's name (about
   * 100 bytes); then a directory of the temporary directory named after the data directory.
   */
  Path socketDirectory() {
    Path socket = root.resolve("socket");
    if (socket.resolve(".s.PGSQL.65535").toString().length() <= 100) {
      return socket;
    }
    String name = "ccc-pg-" + Integer.toHexString(root.toAbsolutePath().toString().hashCode());
    return Path.of(System.getProperty("java.io.tmpdir"), name);
  }

  Path log() {
    return root.resolve("postgresql.log");
  }

  Path passwordFile() {
    return root.resolve("password");
  }

  /** The password kept in the data directory, made on the first start. */
  public String keptPassword() throws IOException {
    Path file = passwordFile();
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    Files.createDirectories(root);
    String password = EndpointCredentials.randomPassword();
    Path partial = Files.createTempFile(root, "password-", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
    Files.move(partial, file);
    return password;
  }

  /** 0.0.0.0, :: or *: every address of the machine. */
  static boolean isWildcard(String address) {
    return address.equals("*") || address.equals("0.0.0.0") || address.equals("::");
  }

  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
