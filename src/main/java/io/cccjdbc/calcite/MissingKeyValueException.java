package io.cccjdbc.calcite;

/**
 * The API left out a value that identifies a row (such as a number's {@code Number});
 * the row cannot be told apart from others, so the query fails rather than guess.
 */
public final class MissingKeyValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MissingKeyValueException(String table, String column, Object request) {
    super(request + " returned a row of table " + table
        + " without a value for its key column " + column
        + "; such a row cannot be told apart from others, so it is not guessed at");
  }
}
