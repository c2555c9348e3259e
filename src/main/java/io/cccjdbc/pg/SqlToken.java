package io.cccjdbc.pg;

/**
 * One lexical token of PostgreSQL SQL. {@code text} is a name folded to lower case as
 * PostgreSQL folds it, a quoted name or string literal with its quotes removed and escapes
 * resolved, or the token as written.
 */
record SqlToken(Kind kind, String text) {

  enum Kind { NAME, QUOTED_NAME, STRING, NUMBER, PARAMETER, OPERATOR, PUNCTUATION, CAST }

  boolean is(Kind expected, String value) {
    return kind == expected && text.equals(value);
  }

  boolean isWord(String word) {
    return kind == Kind.NAME && text.equals(word);
  }
}
