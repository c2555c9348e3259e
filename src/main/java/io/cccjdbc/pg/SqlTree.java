package io.cccjdbc.pg;

import io.cccjdbc.pg.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens nested by their brackets, with each {@code operand::type} folded into one node: a
 * PostgreSQL cast binds tighter than any operator, so its operand is always the node before
 * it (a token, a bracketed group, or a function name and its arguments).
 */
final class SqlTree {

  sealed interface Node permits Leaf, Group, Cast {
  }

  record Leaf(SqlToken token) implements Node {
  }

  /** {@code open} is "(" or "["; {@code items} are what stands between the brackets. */
  record Group(String open, List<Node> items) implements Node {

    String close() {
      return open.equals("(") ? ")" : "]";
    }
  }

  record Cast(List<Node> operand, PgTypeName type) implements Node {
  }

  private final List<SqlToken> tokens;
  private int at;

  private SqlTree(List<SqlToken> tokens) {
    this.tokens = tokens;
  }

  static List<Node> parse(String sql) {
    SqlTree tree = new SqlTree(SqlLexer.tokens(sql));
    List<Node> nodes = tree.sequence(null);
    if (tree.at < tree.tokens.size()) {
      throw new UntranslatableSqlException(
          "an unmatched '" + tree.tokens.get(tree.at).text() + "'");
    }
    return nodes;
  }

  private List<Node> sequence(String close) {
    List<Node> nodes = new ArrayList<>();
    while (at < tokens.size()) {
      SqlToken token = tokens.get(at);
      if (token.kind() == Kind.PUNCTUATION && (token.text().equals(")")
          || token.text().equals("]"))) {
        if (!token.text().equals(close)) {
          throw new UntranslatableSqlException("an unmatched '" + token.text() + "'");
        }
        return nodes;
      }
      at++;
      if (token.is(Kind.PUNCTUATION, "(") || token.is(Kind.PUNCTUATION, "[")) {
        String open = token.text();
        List<Node> items = sequence(open.equals("(") ? ")" : "]");
        if (at >= tokens.size()) {
          throw new UntranslatableSqlException("an unclosed '" + open + "'");
        }
        at++;
        nodes.add(new Group(open, items));
      } else if (token.kind() == Kind.CAST) {
        nodes.add(cast(nodes));
      } else {
        nodes.add(new Leaf(token));
      }
    }
    if (close != null) {
      throw new UntranslatableSqlException("an unclosed bracket");
    }
    return nodes;
  }

  /** Takes the operand off the end of {@code nodes}; the type name follows the cast. */
  private Cast cast(List<Node> nodes) {
    if (nodes.isEmpty()) {
      throw new UntranslatableSqlException("a cast without an operand");
    }
    List<Node> operand = new ArrayList<>();
    Node last = nodes.remove(nodes.size() - 1);
    if (last instanceof Group group && group.open().equals("(") && !nodes.isEmpty()
        && nodes.get(nodes.size() - 1) instanceof Leaf leaf && leaf.token().kind() == Kind.NAME
        && !SqlWords.isKeyword(leaf.token().text())) {
      operand.add(nodes.remove(nodes.size() - 1));
    }
    operand.add(last);
    return new Cast(operand, typeName());
  }

  private PgTypeName typeName() {
    List<String> words = new ArrayList<>();
    List<String> modifiers = new ArrayList<>();
    boolean array = false;
    while (at < tokens.size()) {
      SqlToken token = tokens.get(at);
      if (token.kind() == Kind.NAME || token.kind() == Kind.QUOTED_NAME) {
        if (!words.isEmpty() && !PgTypeName.continues(words, token.text())) {
          break;
        }
        words.add(token.text());
        at++;
      } else if (token.is(Kind.PUNCTUATION, "(") && !words.isEmpty()) {
        at++;
        while (at < tokens.size() && !tokens.get(at).is(Kind.PUNCTUATION, ")")) {
          if (tokens.get(at).kind() == Kind.NUMBER) {
            modifiers.add(tokens.get(at).text());
          }
          at++;
        }
        at++;
      } else if (token.is(Kind.PUNCTUATION, "[") && at + 1 < tokens.size()
          && tokens.get(at + 1).is(Kind.PUNCTUATION, "]")) {
        at += 2;
        array = true;
      } else {
        break;
      }
    }
    if (words.isEmpty()) {
      throw new UntranslatableSqlException("a cast without a type name");
    }
    return new PgTypeName(String.join(" ", words), modifiers, array);
  }
}
