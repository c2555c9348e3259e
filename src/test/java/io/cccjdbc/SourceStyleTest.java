package io.cccjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What keeps every package alike and every clone self-contained: no source line over 120
 * characters, and no test reading the shared folder beside the repository, which a user's
 * clone does not have.
 */
class SourceStyleTest {

  private static final int MAX_LINE_LENGTH = 120;
  private static final List<Path> ROOTS =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("src/bench/java"),
          Path.of("src/build/java"));

  @Test
  void noLineIsLongerThan120Characters() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : javaFiles()) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        int length = lines.get(i).codePointCount(0, lines.get(i).length());
        if (length > MAX_LINE_LENGTH) {
          tooLong.add(file + ":" + (i + 1) + " has " + length + " characters");
        }
      }
    }
    assertEquals(List.of(), tooLong);
  }

  @Test
  void noTestReadsTheMaterialBesideTheRepository() throws IOException {
    List<String> readers = new ArrayList<>();
    String beside = "..";
    for (Path file : javaFiles()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      if (source.contains(beside + "/shared")
          || source.contains("\"" + beside + "\", \"shared\"")) {
        readers.add(file.toString());
      }
    }
    assertEquals(List.of(), readers);
  }

  private static List<Path> javaFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : ROOTS) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }
}
