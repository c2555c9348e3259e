package io.cccjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import io.cccjdbc.jdbc.CccDriver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import sqlline.SqlLine;

/**
 * Every statement of {@code examples/cookbook.sql} runs on the demo, returns rows, and makes
 * the number of API calls its "API calls: N" comment states; the whole file also runs in the
 * shell as the cookbook says.
 */
class CookbookTest {

  private static final Path COOKBOOK = Path.of("examples", "cookbook.sql");
  private static final Pattern API_CALLS = Pattern.compile("API calls: (\\d+)");

  private static TestEmulator emulator;
  private static Connection connection;

  /** One statement of the cookbook and the comment lines just above it. */
  record Recipe(List<String> comments, String sql) {

    String title() {
      return comments.isEmpty() ? sql : comments.get(0);
    }

    OptionalLong apiCalls() {
      for (String comment : comments) {
        Matcher matcher = API_CALLS.matcher(comment);
        if (matcher.find()) {
          return OptionalLong.of(Long.parseLong(matcher.group(1)));
        }
      }
      return OptionalLong.empty();
    }
  }

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.demo();
    // The counts in the comments are per statement; the cache would hide them.
    connection = emulator.connect("cacheTtl=0");
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @TestFactory
  Stream<DynamicTest> everyRecipeReturnsRowsWithTheApiCallsItStates() throws IOException {
    List<Recipe> recipes = recipes(Files.readAllLines(COOKBOOK, StandardCharsets.UTF_8));
    assertTrue(recipes.size() >= 15, "recipes found: " + recipes.size());
    return recipes.stream().map(recipe -> DynamicTest.dynamicTest(recipe.title(), () -> {
      emulator.resetCounts();
      int rows = 0;
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(recipe.sql())) {
        while (result.next()) {
          rows++;
        }
      }
      assertTrue(rows > 0, "no rows on the demo: " + recipe.sql());
      if (recipe.apiCalls().isPresent()) {
        assertEquals(recipe.apiCalls().getAsLong(), emulator.totalCalls(), recipe.sql());
      }
    }));
  }

  @Test
  void cookbookRunsInTheShellOnTheDemoWithoutAnError() throws IOException {
    int statements = recipes(Files.readAllLines(COOKBOOK, StandardCharsets.UTF_8)).size();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    SqlLine shell = new SqlLine();
    shell.setOutputStream(new PrintStream(output, true, StandardCharsets.UTF_8));
    shell.setErrorStream(new PrintStream(output, true, StandardCharsets.UTF_8));

    SqlLine.Status status = shell.begin(new String[] {"-u", "jdbc:ccc:demo=true", "-n", "",
        "-p", "", "-d", CccDriver.class.getName(), "--isolation=TRANSACTION_NONE",
        "--maxWidth=200", "-f", COOKBOOK.toString()}, new ByteArrayInputStream(new byte[0]), false);

    String text = output.toString(StandardCharsets.UTF_8);
    assertEquals(SqlLine.Status.OK, status, text);
    assertFalse(text.contains("Error:"), text);
    assertEquals(statements, Pattern.compile(" selected \\(").matcher(text).results().count(),
        text);
  }

  /**
   * Statements end with a semicolon at the end of a line; comment lines ({@code --}) directly
   * above a statement belong to it, and a blank line ends a comment block.
   */
  private static List<Recipe> recipes(List<String> lines) {
    List<Recipe> recipes = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    for (String line : lines) {
      String trimmed = line.strip();
      if (sql.isEmpty() && trimmed.isEmpty()) {
        comments.clear();
      } else if (sql.isEmpty() && trimmed.startsWith("--")) {
        comments.add(trimmed.substring(2).strip());
      } else {
        sql.append(line).append('\n');
        if (trimmed.endsWith(";")) {
          String statement = sql.toString().strip();
          recipes.add(new Recipe(List.copyOf(comments),
              statement.substring(0, statement.length() - 1)));
          sql.setLength(0);
          comments.clear();
        }
      }
    }
    assertTrue(sql.toString().isBlank(), "statement without a closing semicolon: " + sql);
    return recipes;
  }
}
