package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
