package io.cccjdbc.pg;

import io.cccjdbc.pg.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits PostgreSQL SQL into tokens, with standard_conforming_strings on (as postgres_fdw
 * sets it): {@code 'it''s'}, {@code E'a\\b'}, {@code "Name"}, {@code $1}, {@code ::} and
 * operators made of PostgreSQL's operator characters.
 */
final class SqlLexer {

  private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

  private final String sql;
  private int at;

  private SqlLexer(String sql) {
    this.sql = sql;
  }

  static List<SqlToken> tokens(String sql) {
    return new SqlLexer(sql).all();
  }

  private List<SqlToken> all() {
    List<SqlToken> tokens = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (at >= sql.length()) {
        return tokens;
      }
      tokens.add(next());
    }
  }

  private SqlToken next() {
    char c = sql.charAt(at);
    if ((c == 'E' || c == 'e') && peek(1) == '\'') {
      at++;
      return new SqlToken(Kind.STRING, quoted('\'', true));
    }
    if (c == '\'') {
      return new SqlToken(Kind.STRING, quoted('\'', false));
    }
    if (c == '"') {
      return new SqlToken(Kind.QUOTED_NAME, quoted('"', false));
    }
    if (Character.isLetter(c) || c == '_') {
      int start = at;
      while (at < sql.length() && isNamePart(sql.charAt(at))) {
        at++;
      }
      return new SqlToken(Kind.NAME, sql.substring(start, at).toLowerCase(Locale.ROOT));
    }
    if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
      return new SqlToken(Kind.NUMBER, number());
    }
    if (c == '$' && Character.isDigit(peek(1))) {
      int start = ++at;
      while (at < sql.length() && Character.isDigit(sql.charAt(at))) {
        at++;
      }
      return new SqlToken(Kind.PARAMETER, sql.substring(start, at));
    }
    if (c == ':' && peek(1) == ':') {
      at += 2;
      return new SqlToken(Kind.CAST, "::");
    }
    if ("()[],;.:".indexOf(c) >= 0) {
      at++;
      return new SqlToken(Kind.PUNCTUATION, String.valueOf(c));
    }
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      return new SqlToken(Kind.OPERATOR, operator());
    }
    throw new UntranslatableSqlException("the character '" + c + "' at offset " + at);
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private char peek(int ahead) {
    return at + ahead < sql.length() ? sql.charAt(at + ahead) : '\0';
  }

  private void skipSpaceAndComments() {
    while (at < sql.length()) {
      char c = sql.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '-' && peek(1) == '-') {
        int end = sql.indexOf('\n', at);
        at = end < 0 ? sql.length() : end + 1;
      } else if (c == '/' && peek(1) == '*') {
        int end = sql.indexOf("*/", at + 2);
        if (end < 0) {
          throw new UntranslatableSqlException("a comment that is not closed");
        }
        at = end + 2;
      } else {
        return;
      }
    }
  }

  /** The text between quotes; a doubled quote stands for one, {@code E''} also has escapes. */
  private String quoted(char quote, boolean escapes) {
    StringBuilder value = new StringBuilder();
    at++;
    while (at < sql.length()) {
      char c = sql.charAt(at++);
      if (c == quote) {
        if (peek(0) != quote) {
          return value.toString();
        }
        at++;
        value.append(quote);
      } else if (escapes && c == '\\') {
        value.append(escape());
      } else {
        value.append(c);
      }
    }
    throw new UntranslatableSqlException("a quoted text that is not closed");
  }

  /** The backslash escapes postgres_fdw writes in E'' strings: a doubled backslash, a quote. */
  private char escape() {
    if (at >= sql.length()) {
      throw new UntranslatableSqlException("a backslash at the end of a string");
    }
    char c = sql.charAt(at++);
    return switch (c) {
      case '\\', '\'', '"' -> c;
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'b' -> '\b';
      case 'f' -> '\f';
      default -> throw new UntranslatableSqlException("the string escape \\" + c);
    };
  }

  private String number() {
    int start = at;
    while (at < sql.length() && (Character.isDigit(sql.charAt(at)) || sql.charAt(at) == '.')) {
      at++;
    }
    if (at < sql.length() && (sql.charAt(at) == 'e' || sql.charAt(at) == 'E')) {
      at++;
      if (peek(0) == '+' || peek(0) == '-') {
        at++;
      }
      while (at < sql.length() && Character.isDigit(sql.charAt(at))) {
        at++;
      }
    }
    return sql.substring(start, at);
  }

  /**
   * The longest run of operator characters, less a trailing + or - unless the run holds one
   * of ~ ! @ # % ^ & | ` ?, as PostgreSQL's lexer reads {@code a*-1}; comments end a run.
   */
  private String operator() {
    int start = at;
    while (at < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(at)) >= 0
        && !sql.startsWith("--", at) && !sql.startsWith("/*", at)) {
      at++;
    }
    String run = sql.substring(start, at);
    if (run.length() > 1 && run.chars().noneMatch(ch -> "~!@#%^&|`?".indexOf(ch) >= 0)) {
      while (run.length() > 1 && (run.endsWith("+") || run.endsWith("-"))) {
        run = run.substring(0, run.length() - 1);
      }
      at = start + run.length();
    }
    return run;
  }
}
