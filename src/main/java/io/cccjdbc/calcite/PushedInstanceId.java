package io.cccjdbc.calcite;

/** One instance id a scan fetches: a literal of the query, or one of its {@code ?} parameters. */
sealed interface PushedInstanceId {

  /** An id written in the query. */
  record Literal(String id) implements PushedInstanceId {
    @Override
    public String toString() {
      return "'" + id.replace("'", "''") + "'";
    }
  }

  /** The value bound to parameter {@code index} (0-based) when the statement executes. */
  record Parameter(int index) implements PushedInstanceId {
    @Override
    public String toString() {
      return "?" + index;
    }
  }
}
