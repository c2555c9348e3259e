package io.cccjdbc.calcite;

/** One value a scan pushes into a request: a literal of the query, or a {@code ?} parameter. */
sealed interface PushedValue {

  /** A value written in the query. */
  record Literal(String value) implements PushedValue {
    @Override
    public String toString() {
      return "'" + value.replace("'", "''") + "'";
    }
  }

  /** The value bound to parameter {@code index} (0-based) when the statement executes. */
  record Parameter(int index) implements PushedValue {
    @Override
    public String toString() {
      return "?" + index;
    }
  }
}
