package io.cccjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a generated document against its source of truth. Run the named test with
 * {@code -Dccc.writeDocs=true} to rewrite the file after changing the source.
 */
public final class DocFiles {

  private DocFiles() {
  }

  public static void assertMatches(String path, String expected, Class<?> test)
      throws IOException {
    Path file = Path.of(path);
    if (Boolean.getBoolean("ccc.writeDocs")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, path + " is out of date; regenerate it with: mvn test -Dtest="
        + test.getSimpleName() + " -Dccc.writeDocs=true");
  }
}
