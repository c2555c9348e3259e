package io.cccjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code docs/architecture.md}, kept true by reading what each package of
 * {@code src/main/java} imports (and names in full): data flows one way, each layer uses only
 * those below it; {@code api/} knows nothing of SQL, {@code calcite/} nothing of HTTP,
 * {@code fetch/} requests but not tables; the emulator shares nothing with the client it checks;
 * {@code jdbc/} puts it all together, and the command line and the PostgreSQL front sit on top.
 */
class PackageLayeringTest {

  private static final Path MAIN = Path.of("src/main/java/io/cccjdbc");

  /** The driver's packages each package may use besides its own. */
  private static final Map<String, Set<String>> MAY_USE = Map.of(
      "api", Set.of(),
      "fetch", Set.of("api"),
      "calcite", Set.of("fetch", "api"),
      "emulator", Set.of(),
      "jdbc", Set.of("calcite", "fetch", "api", "emulator"),
      "pg", Set.of("jdbc", "calcite", "fetch", "api", "emulator"),
      "cli", Set.of("pg", "jdbc", "calcite", "fetch", "api", "emulator"));

  /** Libraries a package must not use, by the start of their package name. */
  private static final Map<String, Set<String>> MUST_NOT_USE = Map.of(
      "api", Set.of("java.sql", "org.apache.calcite"),
      "fetch", Set.of("java.sql", "org.apache.calcite", "okhttp3"),
      "calcite", Set.of("okhttp3", "java.net.http"),
      "emulator", Set.of("org.apache.calcite", "okhttp3", "java.sql"));

  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)");
  private static final Pattern DRIVER_NAME = Pattern.compile("\\bio\\.cccjdbc\\.(\\w+)\\.");

  @Test
  void eachPackageUsesOnlyTheLayersBelowIt() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String layer = MAIN.relativize(file).getName(0).toString();
      Set<String> allowed = MAY_USE.get(layer);
      if (allowed == null) {
        violations.add(file + ": package " + layer + " has no place in the layering");
        continue;
      }
      for (String name : referencedNames(file)) {
        Matcher driver = DRIVER_NAME.matcher(name + ".");
        if (driver.lookingAt()) {
          String used = driver.group(1);
          if (!used.equals(layer) && !allowed.contains(used)) {
            violations.add(file + " (" + layer + ") uses " + name);
          }
        }
        for (String library : MUST_NOT_USE.getOrDefault(layer, Set.of())) {
          if (name.startsWith(library + ".")) {
            violations.add(file + " (" + layer + ") uses " + name);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theScanSeesImportsAndNamesWrittenInFull() {
    List<String> names = referencedNames(List.of("package io.cccjdbc.api;",
        "import io.cccjdbc.jdbc.CccDriver;", "import static java.sql.Types.INTEGER;",
        "/** See {@link io.cccjdbc.calcite.CccSchema}. */",
        "  Object x = new io.cccjdbc.fetch.FetchSettings();"));

    assertEquals(List.of("io.cccjdbc.jdbc.CccDriver", "java.sql.Types.INTEGER",
        "io.cccjdbc.fetch.FetchSettings"), names);
  }

  @Test
  void everyPackageIsPlaced() throws IOException {
    try (Stream<Path> packages = Files.list(MAIN)) {
      List<String> names = packages.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString()).toList();
      assertFalse(names.isEmpty());
      for (String name : names) {
        assertFalse(MAY_USE.get(name) == null, name + " is missing from the layering");
      }
    }
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static List<String> referencedNames(Path file) throws IOException {
    return referencedNames(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Imports, and names written in full in code (comments aside). */
  private static List<String> referencedNames(List<String> lines) {
    List<String> names = new ArrayList<>();
    for (String line : lines) {
      String code = line.strip();
      Matcher imported = IMPORT.matcher(code);
      if (imported.find()) {
        names.add(imported.group(1));
      } else if (!code.startsWith("package ") && !code.startsWith("*")
          && !code.startsWith("/*") && !code.startsWith("//")) {
        Matcher full = Pattern.compile("\\bio\\.cccjdbc\\.\\w+\\.\\w+").matcher(code);
        while (full.find()) {
          names.add(full.group());
        }
      }
    }
    return names;
  }
}
