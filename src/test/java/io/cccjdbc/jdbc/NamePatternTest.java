package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metadata name arguments as JDBC defines them, matched as SQL matches names here. */
class NamePatternTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "NULL | numbers | true",
      "% | numbers | true",
      "% | '' | true",
      "numbers | numbers | true",
      "numbers | number | false",
      "num% | number_skill_groups | true",
      "num% | instances | false",
      "%s | numbers | true",
      "n_mbers | numbers | true",
      "n_mbers | nmbers | false",
      "NUMBERS | numbers | true",
      "Number_Skill_Groups | number_skill_groups | true",
      "CCC | ccc | true",
      "number\\_skill\\_groups | number_skill_groups | true",
      "number\\_skill\\_groups | numberXskillXgroups | false",
      "100\\% | 100% | true",
      "100\\% | 1000 | false",
      "a.b | a.b | true",
      "a.b | axb | false",
      "(x)+ | (x)+ | true",
      "tail\\ | tail\\ | true",
      "'' | '' | true",
      "'' | ccc | false",
  })
  void matchesLikeJdbcSearchPatternsIgnoringCase(String pattern, String name, boolean matches) {
    assertEquals(matches, NamePattern.of(pattern).matches(name));
  }

  /** Every pattern over a small alphabet, against a regular expression as the reference. */
  @Test
  void agreesWithARegularExpressionOnRandomPatterns() {
    Random random = new Random(11);
    String alphabet = "aB_%\\";
    for (int i = 0; i < 20_000; i++) {
      String pattern = random(random, alphabet, 7);
      String name = random(random, "abAB_%\\", 6);
      assertEquals(reference(pattern).matcher(name).matches(),
          NamePattern.of(pattern).matches(name),
          () -> pattern + " against " + name);
    }
  }

  /**
   * A regular expression backtracks exponentially here (8.5 s for 14 {@code %}, over a minute
   * for 20); the timeout only keeps a regression from hanging the build.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hostilePatternsAnswerInStepsProportionalToTheirLength() throws SQLException {
    String hostile = "%".repeat(40) + "!";
    assertFalse(NamePattern.of(hostile).matches("x".repeat(10_000)));
    assertFalse(NamePattern.of("%a".repeat(2_000) + "!").matches("a".repeat(10_000)));
    try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true");
        ResultSet tables = connection.getMetaData().getTables(null, null, hostile, null);
        ResultSet columns = connection.getMetaData().getColumns(null, hostile, "%", hostile)) {
      assertFalse(tables.next());
      assertFalse(columns.next());
    }
  }

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** The pattern as the regular expression the driver used to build. */
  private static Pattern reference(String pattern) {
    StringBuilder regex = new StringBuilder();
    boolean escaped = false;
    for (char c : pattern.toCharArray()) {
      if (escaped) {
        regex.append(Pattern.quote(String.valueOf(c)));
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (escaped) {
      regex.append(Pattern.quote("\\"));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
        | Pattern.DOTALL);
  }
}
