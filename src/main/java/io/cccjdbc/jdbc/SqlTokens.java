package io.cccjdbc.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SQL text as tokens, just enough to tell what a statement is from its leading words (as
 * pgjdbc's parser does for its command types): comments are skipped, and a word inside a string
 * literal or a quoted name is never mistaken for a keyword. Reading stops as soon as the caller
 * has what it needs, so a long query costs no more than its first words.
 */
final class SqlTokens {

  enum Kind {
    /** An unquoted word: a keyword or name. */
    WORD,
    /** A double-quoted name, unescaped. */
    QUOTED,
    /** A single-quoted string literal, unescaped. */
    STRING,
    NUMBER,
    SYMBOL
  }

  /**
   * @param text the token as written; a string or quoted name without its quotes
   * @param depth how many parentheses enclose the token
   */
  record Token(Kind kind, String text, int depth) {

    /** A word in upper case, as keywords are compared. */
    String keyword() {
      return text.toUpperCase(Locale.ROOT);
    }

    /** The value the token stands for: unquoted words fold to lower case, as in PostgreSQL. */
    String value() {
      return kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text;
    }

    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  private final String sql;
  private int position;
  private int depth;

  SqlTokens(String sql) {
    this.sql = sql == null ? "" : sql;
  }

  /** Every token of the text; for short statements only. */
  static List<Token> all(String sql) {
    SqlTokens tokens = new SqlTokens(sql);
    List<Token> all = new ArrayList<>();
    for (Token token = tokens.next(); token != null; token = tokens.next()) {
      all.add(token);
    }
    return all;
  }

  /** The next token, or null at the end of the text. */
  Token next() {
    skipSpaceAndComments();
    if (position >= sql.length()) {
      return null;
    }
    char c = sql.charAt(position);
    if (c == '\'') {
      return new Token(Kind.STRING, quoted('\''), depth);
    }
    if (c == '"') {
      return new Token(Kind.QUOTED, quoted('"'), depth);
    }
    if (Character.isLetter(c) || c == '_') {
      int start = position;
      while (position < sql.length() && isWordPart(sql.charAt(position))) {
        position++;
      }
      return new Token(Kind.WORD, sql.substring(start, position), depth);
    }
    if (Character.isDigit(c)) {
      int start = position;
      while (position < sql.length()
          && (Character.isDigit(sql.charAt(position)) || sql.charAt(position) == '.')) {
        position++;
      }
      return new Token(Kind.NUMBER, sql.substring(start, position), depth);
    }
    position++;
    if (c == '(') {
      return new Token(Kind.SYMBOL, "(", depth++);
    }
    if (c == ')') {
      depth = Math.max(0, depth - 1);
    }
    return new Token(Kind.SYMBOL, String.valueOf(c), depth);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** The literal starting at the current quote; a doubled quote stands for itself. */
  private String quoted(char quote) {
    StringBuilder text = new StringBuilder();
    position++;
    while (position < sql.length()) {
      char c = sql.charAt(position++);
      if (c != quote) {
        text.append(c);
      } else if (position < sql.length() && sql.charAt(position) == quote) {
        text.append(quote);
        position++;
      } else {
        break;
      }
    }
    return text.toString();
  }

  private void skipSpaceAndComments() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (sql.startsWith("--", position)) {
        int end = sql.indexOf('\n', position);
        position = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", position)) {
        int end = sql.indexOf("*/", position + 2);
        position = end < 0 ? sql.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
