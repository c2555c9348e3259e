package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.CanonicalRows.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison's value form keeps real differences and forgives only Java number types. */
class CanonicalRowsTest {

  @Test
  void nullEmptyStringAndTheWordNullDiffer() {
    assertNotEquals(canonical(null), canonical(""));
    assertNotEquals(canonical(null), canonical("NULL"));
  }

  @Test
  void trailingSpacesAndCaseCount() {
    assertNotEquals(canonical("up"), canonical("up  "));
    assertNotEquals(canonical("Sales"), canonical("sales"));
  }

  @Test
  void booleansAndNumbersDifferFromTheirSpellingAsText() {
    assertNotEquals(canonical(true), canonical("true"));
    assertNotEquals(canonical(true), canonical("TRUE"));
    assertNotEquals(canonical(2), canonical("2"));
  }

  @Test
  void numbersCompareByValueWhateverTheirJavaType() {
    assertEquals(canonical(7), canonical(7L));
    assertEquals(canonical(7), canonical(new BigDecimal("7.000")));
    assertEquals(canonical(3.5d), canonical(new BigDecimal("3.50000000000000000000")));
    assertEquals(canonical(10.0 / 3), canonical(new BigDecimal("3.3333333333333333333")));
    assertNotEquals(canonical(3), canonical(3.5d));
    assertEquals(canonical(4), canonical(3.9999999999999996d), "a hair from an integer");
    assertNotEquals(canonical(4), canonical(3.99999d));
  }

  @Test
  void quotesInsideTextCannotForgeAnotherValue() {
    assertNotEquals(canonical("a', 'b"), canonical("a") + ", " + canonical("b"));
  }

  @Test
  void sortingIgnoresRowOrderButKeepsDuplicates() {
    CanonicalRows one = column("'b'", "'a'", "'a'");
    CanonicalRows other = column("'a'", "'b'", "'a'");
    CanonicalRows fewer = column("'a'", "'b'");

    assertEquals(one.sorted(), other.sorted());
    assertNotEquals(one.sorted(), fewer.sorted());
  }

  /** A one-column result with these values, one a row. */
  private static CanonicalRows column(String... values) {
    return new CanonicalRows(List.of("x"), Arrays.stream(values).map(List::of).toList());
  }
}
