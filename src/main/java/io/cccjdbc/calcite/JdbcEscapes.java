package io.cccjdbc.calcite;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlJdbcFunctionCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The JDBC escapes (the specification's appendix of scalar functions, {@code {oj}},
 * {@code {escape}}, {@code {limit}}) as Calcite's parser and validator can read them.
 * Calcite parses {@code {fn ...}}, {@code {d ...}}, {@code {t ...}} and {@code {ts ...}}
 * itself, but looks a {@code {fn}} name up in upper case only, after folding it to lower
 * case; its {@code {fn LENGTH}} counts trailing blanks, which the specification excludes; it
 * cannot parse the functions whose JDBC form is SQL's own syntax ({@code POSITION(a IN b)},
 * {@code EXTRACT(YEAR FROM d)}, {@code CURRENT_DATE()}); and it has no {@code {oj ...}},
 * {@code {escape ...}} or {@code {limit ...}}, whose braces only enclose SQL it reads anyway.
 */
final class JdbcEscapes {

  /** Escapes whose braces go, leaving their keyword (for {@code oj}, nothing) and contents. */
  private static final Set<String> UNBRACED = Set.of("oj", "escape", "limit");

  /** {@code {fn}} functions written as SQL writes them: braces and {@code fn} go. */
  private static final Set<String> SQL_SYNTAX = Set.of("POSITION", "EXTRACT", "CHAR_LENGTH",
      "CHARACTER_LENGTH", "OCTET_LENGTH", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP");

  /** Of those, the ones SQL writes without parentheses when they have no argument. */
  private static final Set<String> NILADIC =
      Set.of("CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP");

  /** The {@code {fn}} names Calcite knows. */
  private static final Set<String> CALCITE_FUNCTIONS = Stream.of(
          SqlJdbcFunctionCall.getNumericFunctions(), SqlJdbcFunctionCall.getStringFunctions(),
          SqlJdbcFunctionCall.getTimeDateFunctions(), SqlJdbcFunctionCall.getSystemFunctions())
      .flatMap(list -> Arrays.stream(list.split(",")))
      .collect(Collectors.toUnmodifiableSet());

  private static final String FN_PREFIX = "{fn ";

  private JdbcEscapes() {
  }

  /**
   * The SQL with the braces of {@code {oj ...}}, {@code {escape ...}}, {@code {limit ...}}
   * and of the {@code {fn ...}} written in SQL's own syntax (and the keywords {@code oj} and
   * {@code fn}) replaced by spaces, so that every other character keeps its line and column
   * for error messages. Quoted strings, quoted names and comments are left alone.
   */
  static String unbrace(String sql) {
    if (sql.indexOf('{') < 0) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql);
    Deque<Boolean> dropClose = new ArrayDeque<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfQuoted(sql, i, c);
        continue;
      }
      if (sql.startsWith("--", i)) {
        i = endOf(sql, i, "\n");
        continue;
      }
      if (sql.startsWith("/*", i)) {
        i = endOf(sql, i + 2, "*/");
        continue;
      }
      if (c == '{') {
        dropClose.push(blankOpening(sql, i, out));
      } else if (c == '}' && !dropClose.isEmpty() && dropClose.pop()) {
        blank(out, i, i + 1);
      }
      i++;
    }
    return out.toString();
  }

  /**
   * The {@code {fn ...}} call as Calcite can validate it: its name in upper case, where
   * Calcite looks it up, and {@code LENGTH} counting no trailing blanks, as the specification
   * says; any other node as it is.
   */
  static SqlNode resolve(SqlNode node) {
    if (!(node instanceof SqlCall call) || !(call.getOperator() instanceof SqlJdbcFunctionCall)) {
      return node;
    }
    // An escape keeps the operands it was created with, so escapes directly inside it are
    // resolved before it is created again.
    List<SqlNode> operands = call.getOperandList();
    List<SqlNode> resolved = operands.stream().map(JdbcEscapes::resolve).toList();
    String name = call.getOperator().getName();
    String function = name.substring(FN_PREFIX.length(), name.length() - 1);
    String upper = function.toUpperCase(Locale.ROOT);
    SqlParserPos pos = call.getParserPosition();
    if (upper.equals("LENGTH") && resolved.size() == 1) {
      return SqlStdOperatorTable.CHAR_LENGTH.createCall(pos, SqlStdOperatorTable.TRIM.createCall(
          pos, SqlTrimFunction.Flag.TRAILING.symbol(pos), SqlLiteral.createCharString(" ", pos),
          resolved.get(0)));
    }
    if (!CALCITE_FUNCTIONS.contains(upper)
        || upper.equals(function) && resolved.equals(operands)) {
      return node;
    }
    return new SqlJdbcFunctionCall(upper).createCall(null, pos, resolved.toArray(new SqlNode[0]));
  }

  /** Whether Calcite can tell what the (resolved) call stands for. */
  static boolean known(SqlJdbcFunctionCall escape) {
    String name = escape.getName();
    return CALCITE_FUNCTIONS.contains(name.substring(FN_PREFIX.length(), name.length() - 1));
  }

  /**
   * Blanks what goes of the escape opened at {@code open}, if it is one that goes.
   *
   * @return whether its closing brace goes too
   */
  private static boolean blankOpening(String sql, int open, StringBuilder out) {
    int keywordStart = skipSpaces(sql, open + 1);
    int keywordEnd = endOfWord(sql, keywordStart);
    String keyword = sql.substring(keywordStart, keywordEnd).toLowerCase(Locale.ROOT);
    if (UNBRACED.contains(keyword)) {
      blank(out, open, keyword.equals("oj") ? keywordEnd : open + 1);
      return true;
    }
    if (!keyword.equals("fn")) {
      return false;
    }
    int nameStart = skipSpaces(sql, keywordEnd);
    int nameEnd = endOfWord(sql, nameStart);
    String name = sql.substring(nameStart, nameEnd).toUpperCase(Locale.ROOT);
    if (!SQL_SYNTAX.contains(name)) {
      return false;
    }
    blank(out, open, nameStart);
    int parenthesis = skipSpaces(sql, nameEnd);
    if (NILADIC.contains(name) && sql.startsWith("(", parenthesis)) {
      int close = skipSpaces(sql, parenthesis + 1);
      if (sql.startsWith(")", close)) {
        // JDBC's CURRENT_DATE() is SQL's CURRENT_DATE.
        blank(out, parenthesis, close + 1);
      }
    }
    return true;
  }

  /** The index just past a quoted string or name; a doubled quote stays inside. */
  private static int endOfQuoted(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private static int endOf(String sql, int from, String terminator) {
    int end = sql.indexOf(terminator, from);
    return end < 0 ? sql.length() : end + terminator.length();
  }

  private static int endOfWord(String sql, int from) {
    int i = from;
    while (i < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String sql, int from) {
    int i = from;
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      out.setCharAt(i, ' ');
    }
  }
}
