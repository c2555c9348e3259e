package io.cccjdbc.pg;

import io.cccjdbc.pg.SqlToken.Kind;
import io.cccjdbc.pg.SqlTree.Cast;
import io.cccjdbc.pg.SqlTree.Group;
import io.cccjdbc.pg.SqlTree.Leaf;
import io.cccjdbc.pg.SqlTree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the SELECT that postgres_fdw deparses into the driver's SQL with the same meaning, in
 * the forms the driver pushes into API requests: {@code = ANY(ARRAY[...])} and
 * {@code = ANY('{...}'::text[])} become IN lists, {@code 'x'::text} a plain literal,
 * {@code ~~} LIKE with PostgreSQL's backslash escape, {@code LIMIT 5::bigint} a plain LIMIT.
 * Anything without a faithful counterpart fails with {@link UntranslatableSqlException}.
 */
final class FdwSqlTranslator {

  private static final Map<String, String> LIKE_OPERATORS = Map.of(
      "~~", "LIKE", "!~~", "NOT LIKE", "~~*", "ILIKE", "!~~*", "NOT ILIKE");
  /** {@code DATE '2024-01-02'}: a type name before a string literal is no column. */
  private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp");
  private static final Set<String> TRUNCATION_UNITS =
      Set.of("year", "quarter", "month", "week", "day", "hour", "minute", "second");

  private final Set<String> catalogNames;
  private final StringBuilder sql = new StringBuilder();
  private final List<TranslatedQuery.Parameter> parameters = new ArrayList<>();
  private SqlToken previous;

  private FdwSqlTranslator(Set<String> catalogNames) {
    this.catalogNames = catalogNames;
  }

  static TranslatedQuery translate(String postgresSql) {
    return translate(postgresSql, CatalogNames.ALL);
  }

  /** With the schema, table and column names that are names wherever they stand. */
  static TranslatedQuery translate(String postgresSql, Set<String> catalogNames) {
    FdwSqlTranslator translator = new FdwSqlTranslator(catalogNames);
    translator.sequence(SqlTree.parse(postgresSql));
    return new TranslatedQuery(translator.sql.toString().strip(), translator.parameters);
  }

  private void sequence(List<Node> nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      i = node(nodes, i);
    }
  }

  /** Writes {@code nodes[i]}, with what follows it when a pattern spans more; the last used. */
  private int node(List<Node> nodes, int i) {
    Node node = nodes.get(i);
    Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
    if (node instanceof Group group) {
      group(group);
      return i;
    }
    if (node instanceof Cast cast) {
      cast(cast);
      return i;
    }
    SqlToken token = ((Leaf) node).token();
    SqlToken before = previous;
    previous = token;
    switch (token.kind()) {
      case NAME -> {
        if ((token.isWord("limit") || token.isWord("offset")) && next instanceof Cast count) {
          word(token.text().toUpperCase(Locale.ROOT));
          sequence(count.operand());
          return i + 1;
        }
        if (next instanceof Group call && call.open().equals("(")
            && !SqlWords.isKeyword(token.text())) {
          function(token.text(), call);
          return i + 1;
        }
        if (next instanceof Leaf literal && literal.token().kind() == Kind.STRING
            && TYPED_LITERALS.contains(token.text())) {
          word(token.text().toUpperCase(Locale.ROOT));
          return i;
        }
        word(isName(token, before, next)
            ? quoted(token.text()) : token.text().toUpperCase(Locale.ROOT));
      }
      case QUOTED_NAME -> word(quoted(token.text()));
      case STRING -> word(stringLiteral(token.text()));
      case NUMBER -> word(token.text());
      case PARAMETER -> parameter(token.text(), null);
      case OPERATOR -> {
        return operator(nodes, i, token.text());
      }
      case PUNCTUATION -> punctuation(token.text());
      default -> throw new UntranslatableSqlException("'" + token.text() + "'");
    }
    return i;
  }

  private int operator(List<Node> nodes, int i, String operator) {
    Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
    Node after = i + 2 < nodes.size() ? nodes.get(i + 2) : null;
    if (next instanceof Leaf quantifier && (quantifier.token().isWord("any")
        || quantifier.token().isWord("all")) && after instanceof Group array) {
      inList(operator, quantifier.token().text(), array);
      return i + 2;
    }
    String like = LIKE_OPERATORS.get(operator);
    if (like != null) {
      if (next == null) {
        throw new UntranslatableSqlException("a LIKE without a pattern");
      }
      word(like);
      likePattern(next);
      return i + 1;
    }
    if (operator.contains("~") || operator.contains("@") || operator.contains("#")
        || operator.contains("&") || operator.contains("^") || operator.contains("?")
        || operator.contains("`")) {
      throw new UntranslatableSqlException("the operator " + operator);
    }
    word(operator);
    return i;
  }

  /** {@code x = ANY (...)} is {@code x IN (...)}, {@code x <> ALL (...)} is NOT IN. */
  private void inList(String operator, String quantifier, Group array) {
    boolean in = operator.equals("=") && quantifier.equals("any");
    boolean notIn = (operator.equals("<>") || operator.equals("!=")) && quantifier.equals("all");
    if (!in && !notIn) {
      throw new UntranslatableSqlException(operator + " " + quantifier.toUpperCase(Locale.ROOT));
    }
    List<List<Node>> elements = ArrayElements.of(array);
    if (elements.isEmpty()) {
      throw new UntranslatableSqlException("a comparison with an empty array");
    }
    word(in ? "IN" : "NOT IN");
    word("(");
    for (int e = 0; e < elements.size(); e++) {
      if (e > 0) {
        punctuation(",");
      }
      sequence(elements.get(e));
    }
    punctuation(")");
  }

  /**
   * PostgreSQL's LIKE escapes with a backslash by default, the driver's with nothing: a pattern
   * with a backslash is given ESCAPE '\', and a backslash before an ordinary character (which
   * PostgreSQL reads as that character) is dropped, as the driver would refuse it.
   */
  private void likePattern(Node pattern) {
    String literal = literalText(pattern);
    if (literal == null) {
      node(List.of(pattern), 0);
      word("ESCAPE '\\'");
      return;
    }
    if (literal.indexOf('\\') < 0) {
      word(stringLiteral(literal));
      return;
    }
    StringBuilder normalized = new StringBuilder();
    for (int c = 0; c < literal.length(); c++) {
      char ch = literal.charAt(c);
      if (ch == '\\' && c + 1 < literal.length()) {
        char escaped = literal.charAt(++c);
        if (escaped == '%' || escaped == '_' || escaped == '\\') {
          normalized.append('\\');
        }
        normalized.append(escaped);
      } else {
        normalized.append(ch);
      }
    }
    word(stringLiteral(normalized.toString()) + " ESCAPE '\\'");
  }

  private static String literalText(Node node) {
    if (node instanceof Leaf leaf && leaf.token().kind() == Kind.STRING) {
      return leaf.token().text();
    }
    if (node instanceof Cast cast && cast.type().isText() && cast.operand().size() == 1) {
      return literalText(cast.operand().get(0));
    }
    return null;
  }

  private void function(String name, Group arguments) {
    switch (name) {
      case "date_trunc" -> dateTrunc(arguments);
      case "length", "char_length", "character_length" -> call("CHAR_LENGTH", arguments);
      case "avg" -> average(arguments);
      default -> call(name, arguments);
    }
  }

  /**
   * PostgreSQL quotes a name that is one of its reserved keywords, but sends a name that is one
   * of its unreserved keywords ({@code first}, {@code zone}) bare. A catalog name is therefore a
   * name unless it stands where the keyword would ({@code NULLS FIRST}, {@code FILTER (},
   * {@code PARTITION BY}); any other word that is not one of the keywords is an alias.
   */
  private boolean isName(SqlToken token, SqlToken before, Node next) {
    if (!SqlWords.isKeyword(token.text())) {
      return true;
    }
    boolean structural = (before != null && before.isWord("nulls"))
        || (next instanceof Group group && group.open().equals("("))
        || (next instanceof Leaf leaf && leaf.token().isWord("by"));
    return catalogNames.contains(token.text()) && !structural;
  }

  private void call(String name, Group arguments) {
    word(name + "(");
    sequence(arguments.items());
    punctuation(")");
  }

  /**
   * Calcite's AVG of an integer column is an integer, PostgreSQL's a numeric: averaging the
   * values as DOUBLE keeps the fraction (to the 15 or so digits a double holds).
   */
  private void average(Group arguments) {
    List<Node> items = arguments.items();
    boolean distinct = !items.isEmpty() && items.get(0) instanceof Leaf first
        && first.token().isWord("distinct");
    word("AVG(");
    if (distinct) {
      word("DISTINCT");
    }
    word("CAST(");
    sequence(items.subList(distinct ? 1 : 0, items.size()));
    word("AS DOUBLE)");
    punctuation(")");
  }

  /**
   * {@code date_trunc('month', x)} is {@code FLOOR(x TO MONTH)}. A PostgreSQL week starts on
   * Monday (ISO), so the week is the day less the days since Monday, which DAYOFWEEK (Sunday 1
   * to Saturday 7) gives without depending on where the driver starts its weeks.
   */
  private void dateTrunc(Group arguments) {
    List<Node> items = arguments.items();
    String unit = items.isEmpty() ? null : literalText(items.get(0));
    if (unit == null || items.size() < 3 || !(items.get(1) instanceof Leaf comma)
        || !comma.token().is(Kind.PUNCTUATION, ",")
        || !TRUNCATION_UNITS.contains(unit.toLowerCase(Locale.ROOT))) {
      throw new UntranslatableSqlException("date_trunc with the unit " + unit);
    }
    List<Node> value = items.subList(2, items.size());
    if (unit.equalsIgnoreCase("week")) {
      word("TIMESTAMPADD(DAY, -MOD(DAYOFWEEK(");
      sequence(value);
      punctuation(")");
      word("+ 5, 7), FLOOR(");
      sequence(value);
      word("TO DAY))");
      return;
    }
    word("FLOOR(");
    sequence(value);
    word("TO " + unit.toUpperCase(Locale.ROOT) + ")");
  }

  private void cast(Cast cast) {
    List<Node> operand = cast.operand();
    PgTypeName type = cast.type();
    if (operand.size() == 1 && operand.get(0) instanceof Leaf leaf) {
      SqlToken token = leaf.token();
      if (token.kind() == Kind.PARAMETER) {
        parameter(token.text(), type);
        return;
      }
      if (token.kind() == Kind.STRING && type.isText()) {
        word(stringLiteral(token.text()));
        return;
      }
      if (token.kind() == Kind.STRING && type.isTemporal()) {
        word(type.calciteName() + " " + stringLiteral(token.text()));
        return;
      }
      if (token.kind() == Kind.STRING && type.name().equals("interval") && !type.array()) {
        word(PgInterval.toCalcite(token.text()));
        return;
      }
    }
    String target = type.calciteName();
    word("CAST(");
    sequence(operand);
    word("AS " + target + ")");
  }

  /**
   * A parameter's text is bound as the Java value of its type; dates and times as text cast
   * in SQL, so no JDBC time zone conversion touches them.
   */
  private void parameter(String number, PgTypeName type) {
    PgTypeName effective = type == null ? new PgTypeName("text", List.of(), false) : type;
    parameters.add(new TranslatedQuery.Parameter(Integer.parseInt(number), effective));
    if (effective.isTemporal()) {
      word("CAST(CAST(? AS VARCHAR) AS " + effective.calciteName() + ")");
    } else {
      word("CAST(? AS " + effective.calciteName() + ")");
    }
  }

  private void group(Group group) {
    word(group.open());
    sequence(group.items());
    punctuation(group.close());
  }

  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String stringLiteral(String value) {
    return '\'' + value.replace("'", "''") + '\'';
  }

  private void word(String text) {
    char last = sql.isEmpty() ? ' ' : sql.charAt(sql.length() - 1);
    if (last != ' ' && last != '(' && last != '.') {
      sql.append(' ');
    }
    sql.append(text);
  }

  private void punctuation(String text) {
    if (text.equals("(") || text.equals("[")) {
      word(text);
    } else {
      sql.append(text);
    }
  }
}
