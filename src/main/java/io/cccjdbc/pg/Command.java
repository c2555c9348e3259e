package io.cccjdbc.pg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement the endpoint was sent, by kind: the session settings, transaction control and
 * cursor statements postgres_fdw sends around its queries, or a query.
 *
 * @param name the cursor's name for DECLARE, FETCH and CLOSE
 * @param query the SELECT of DECLARE, or the statement itself for SELECT
 * @param count the rows FETCH asks for
 */
record Command(Kind kind, String tag, String name, String query, long count) {

  enum Kind { SETTING, BEGIN, COMMIT, ROLLBACK, SAVEPOINT, DECLARE, FETCH, CLOSE, CLOSE_ALL,
    DEALLOCATE, SELECT, EMPTY, WRITE, UNSUPPORTED }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern SETTING = Pattern.compile("^(SET|RESET)\\b.*", FLAGS);
  private static final Pattern BEGIN = Pattern.compile("^(START\\s+TRANSACTION|BEGIN)\\b.*", FLAGS);
  private static final Pattern COMMIT = Pattern.compile("^(COMMIT|END)\\b.*", FLAGS);
  private static final Pattern ROLLBACK_TO =
      Pattern.compile("^ROLLBACK\\s+((TRANSACTION|WORK)\\s+)?TO\\b.*", FLAGS);
  private static final Pattern ROLLBACK = Pattern.compile("^(ABORT|ROLLBACK)\\b.*", FLAGS);
  private static final Pattern SAVEPOINT = Pattern.compile("^(SAVEPOINT|RELEASE)\\b.*", FLAGS);
  private static final Pattern DECLARE = Pattern.compile(
      "^DECLARE\\s+(\\S+)\\s+(?:[A-Z ]*?\\s)?CURSOR\\s+(?:WITH(?:OUT)?\\s+HOLD\\s+)?FOR\\s+(.*)$",
      FLAGS);
  private static final Pattern FETCH = Pattern.compile(
      "^FETCH\\s+(?:FORWARD\\s+)?(\\d+|ALL)?\\s*(?:FROM|IN)\\s+(\\S+)$", FLAGS);
  private static final Pattern CLOSE = Pattern.compile("^CLOSE\\s+(\\S+)$", FLAGS);
  private static final Pattern DEALLOCATE = Pattern.compile("^DEALLOCATE\\b.*", FLAGS);
  private static final Pattern SELECT = Pattern.compile("^(SELECT|WITH|VALUES)\\b.*", FLAGS);
  private static final Pattern WRITE = Pattern.compile(
      "^(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|COPY|CREATE|ALTER|DROP|GRANT|REVOKE)\\b.*", FLAGS);

  static Command parse(String statement) {
    String sql = statement.strip();
    Matcher m;
    if (sql.isEmpty()) {
      return simple(Kind.EMPTY, "");
    }
    if ((m = SETTING.matcher(sql)).matches()) {
      return simple(Kind.SETTING, m.group(1).toUpperCase());
    }
    if ((m = BEGIN.matcher(sql)).matches()) {
      return simple(Kind.BEGIN, m.group(1).toUpperCase().startsWith("BEGIN")
          ? "BEGIN" : "START TRANSACTION");
    }
    if (COMMIT.matcher(sql).matches()) {
      return simple(Kind.COMMIT, "COMMIT");
    }
    if (ROLLBACK_TO.matcher(sql).matches()) {
      return simple(Kind.SAVEPOINT, "ROLLBACK");
    }
    if (ROLLBACK.matcher(sql).matches()) {
      return simple(Kind.ROLLBACK, "ROLLBACK");
    }
    if ((m = SAVEPOINT.matcher(sql)).matches()) {
      return simple(Kind.SAVEPOINT, m.group(1).toUpperCase());
    }
    if ((m = DECLARE.matcher(sql)).matches()) {
      return new Command(Kind.DECLARE, "DECLARE CURSOR", m.group(1), m.group(2), 0);
    }
    if ((m = FETCH.matcher(sql)).matches()) {
      String count = m.group(1);
      long rows = count == null ? 1 : count.equalsIgnoreCase("ALL")
          ? Long.MAX_VALUE : Long.parseLong(count);
      return new Command(Kind.FETCH, "FETCH", m.group(2), null, rows);
    }
    if ((m = CLOSE.matcher(sql)).matches()) {
      boolean all = m.group(1).equalsIgnoreCase("ALL");
      return new Command(all ? Kind.CLOSE_ALL : Kind.CLOSE, "CLOSE CURSOR" + (all ? " ALL" : ""),
          m.group(1), null, 0);
    }
    if (DEALLOCATE.matcher(sql).matches()) {
      return simple(Kind.DEALLOCATE, "DEALLOCATE");
    }
    if (SELECT.matcher(sql).matches()) {
      return new Command(Kind.SELECT, "SELECT", null, sql, 0);
    }
    if (WRITE.matcher(sql).matches()) {
      return new Command(Kind.WRITE, "", null, sql, 0);
    }
    return new Command(Kind.UNSUPPORTED, "", null, sql, 0);
  }

  /** A simple query's statements, split at semicolons outside quotes and comments. */
  static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() - 1 : end;
        current.append('\n');
        continue;
      } else if (c == ';') {
        statements.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    if (!current.toString().isBlank() || statements.isEmpty()) {
      statements.add(current.toString());
    }
    return statements;
  }

  private static Command simple(Kind kind, String tag) {
    return new Command(kind, tag, null, null, 0);
  }
}
