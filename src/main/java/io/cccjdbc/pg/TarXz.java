package io.cccjdbc.pg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the {@code .txz} archive of PostgreSQL binaries: regular files with their mode,
 * directories, relative symbolic links, and GNU long names. A path or link that would leave
 * the target directory is refused.
 */
final class TarXz {

  private static final int BLOCK = 512;

  private TarXz() {
  }

  static void extract(InputStream archive, Path target) throws IOException {
    try (InputStream in = new XZInputStream(new BufferedInputStream(archive, 1 << 16))) {
      byte[] header = new byte[BLOCK];
      String longName = null;
      while (readBlock(in, header)) {
        if (isZero(header)) {
          return;
        }
        String name = longName != null ? longName : name(header);
        longName = null;
        long size = octal(header, 124, 12);
        char type = (char) header[156];
        if (type == 'L') {
          longName = new String(read(in, size), StandardCharsets.UTF_8).replace("\0", "");
          continue;
        }
        Path path = inside(target, name);
        switch (type) {
          case '5' -> Files.createDirectories(path);
          case '2' -> link(target, path, text(header, 157, 100));
          case '0', '\0' -> {
            Files.createDirectories(path.getParent());
            Files.write(path, read(in, size));
            Files.setPosixFilePermissions(path, permissions((int) octal(header, 100, 8)));
          }
          case 'x', 'g' -> read(in, size);
          default -> throw new IOException("unexpected entry type '" + type + "' for " + name);
        }
      }
      throw new IOException("the archive ends without its end-of-archive blocks");
    }
  }

  private static void link(Path target, Path path, String linkTarget) throws IOException {
    Path resolved = path.getParent().resolve(linkTarget).normalize();
    if (!resolved.startsWith(target)) {
      throw new IOException("a link out of the archive: " + path + " -> " + linkTarget);
    }
    Files.createDirectories(path.getParent());
    Files.deleteIfExists(path);
    Files.createSymbolicLink(path, Path.of(linkTarget));
  }

  private static Path inside(Path target, String name) throws IOException {
    Path path = target.resolve(name).normalize();
    if (!path.startsWith(target) || name.startsWith("/")) {
      throw new IOException("a path out of the archive: " + name);
    }
    return path;
  }

  private static String name(byte[] header) {
    String name = text(header, 0, 100);
    String prefix = text(header, 345, 155);
    boolean ustar = text(header, 257, 5).equals("ustar");
    return ustar && !prefix.isEmpty() && header[262] == 0 ? prefix + "/" + name : name;
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values();
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << (bits.length - 1 - i))) != 0) {
        permissions.add(bits[i]);
      }
    }
    permissions.add(PosixFilePermission.OWNER_READ);
    return permissions;
  }

  private static byte[] read(InputStream in, long size) throws IOException {
    if (size < 0 || size > Integer.MAX_VALUE - BLOCK) {
      throw new IOException("an entry of " + size + " bytes");
    }
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) {
      throw new IOException("the archive is cut short");
    }
    long padding = (BLOCK - size % BLOCK) % BLOCK;
    in.skipNBytes(padding);
    return data;
  }

  private static boolean readBlock(InputStream in, byte[] block) throws IOException {
    int read = in.readNBytes(block, 0, BLOCK);
    if (read == 0) {
      return false;
    }
    if (read != BLOCK) {
      throw new IOException("the archive is cut short");
    }
    return true;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] header, int offset, int length) throws IOException {
    String digits = text(header, offset, length).strip();
    try {
      return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    } catch (NumberFormatException e) {
      throw new IOException("a malformed number in a tar header: " + digits);
    }
  }
}
