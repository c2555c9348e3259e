package io.cccjdbc.jdbc;

import java.util.regex.Pattern;

/**
 * A name argument of a {@link java.sql.DatabaseMetaData} method: {@code %} matches any run of
 * characters, {@code _} any one character, {@code \} (the search string escape) makes the next
 * character literal, and null matches every name.
 *
 * <p>Names match regardless of case because SQL names in this driver do (unquoted and quoted
 * alike), so a tool that sends {@code CCC} or {@code NUMBERS} finds what SQL would find.
 * Arguments that JDBC calls plain names (a table in {@code getPrimaryKeys}) are read as
 * patterns too: tools pass {@code %} there to load the keys of every table at once, and a plain
 * name is a pattern that matches itself.
 */
final class NamePattern {

  static final String ESCAPE = "\\";

  private static final NamePattern ANY = new NamePattern(null);

  private final Pattern regex;

  private NamePattern(Pattern regex) {
    this.regex = regex;
  }

  static NamePattern of(String pattern) {
    if (pattern == null || pattern.equals("%")) {
      return ANY;
    }
    StringBuilder regex = new StringBuilder();
    boolean escaped = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (escaped) {
        regex.append(Pattern.quote(String.valueOf(c)));
        escaped = false;
      } else if (c == ESCAPE.charAt(0)) {
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
      regex.append(Pattern.quote(ESCAPE));
    }
    return new NamePattern(Pattern.compile(regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
  }

  boolean matches(String name) {
    return regex == null || regex.matcher(name).matches();
  }
}
