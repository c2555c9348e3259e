package io.cccjdbc.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * pg/ sits beside jdbc/ at the top: it reaches the driver through JDBC and the driver's
 * public JDBC extension ({@code CccConnection}) only, and reads nothing of the driver's but the
 * catalog's accessors; only the command line uses it.
 */
class PgLayeringTest {

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(io\\.cccjdbc\\.[\\w.]+);", Pattern.MULTILINE);
  private static final Set<String> CATALOG = Set.of("io.cccjdbc.calcite.CccTables",
      "io.cccjdbc.calcite.TableDef", "io.cccjdbc.calcite.ColumnDef",
      "io.cccjdbc.jdbc.CccConnection");

  @Test
  void pgImportsOnlyItselfAndTheCatalog() throws IOException {
    List<String> stray = new ArrayList<>();
    for (Path source : sources("pg")) {
      Matcher imported = IMPORT.matcher(Files.readString(source));
      while (imported.find()) {
        String name = imported.group(1);
        if (!name.startsWith("io.cccjdbc.pg.") && !CATALOG.contains(name)) {
          stray.add(source.getFileName() + " imports " + name);
        }
      }
    }
    assertEquals(List.of(), stray);
  }

  @Test
  void onlyTheCommandLineUsesPg() throws IOException {
    List<String> users = new ArrayList<>();
    for (String layer : List.of("api", "fetch", "calcite", "jdbc", "emulator")) {
      for (Path source : sources(layer)) {
        if (Files.readString(source).contains("io.cccjdbc.pg")) {
          users.add(source.toString());
        }
      }
    }
    assertEquals(List.of(), users);
  }

  private static List<Path> sources(String layer) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/cccjdbc", layer))) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }
}
