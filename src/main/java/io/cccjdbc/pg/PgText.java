package io.cccjdbc.pg;

/** Quoting of names and values in the SQL that is sent to PostgreSQL. */
final class PgText {

  private PgText() {
  }

  /**
   * A name, always in double quotes: then no name the catalog may come to use (a keyword such
   * as {@code user} or {@code end}) needs a list of PostgreSQL's keywords to be right.
   */
  static String name(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** A standard string literal: quotes doubled; backslashes are plain characters there. */
  static String literal(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("PostgreSQL text cannot hold a NUL character");
    }
    return '\'' + value.replace("'", "''") + '\'';
  }
}
