package io.cccjdbc.pg;

import io.cccjdbc.pg.SqlToken.Kind;
import io.cccjdbc.pg.SqlTree.Cast;
import io.cccjdbc.pg.SqlTree.Group;
import io.cccjdbc.pg.SqlTree.Leaf;
import io.cccjdbc.pg.SqlTree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The elements of the array in {@code = ANY (...)}: {@code ARRAY[a, b]} as written, or an
 * array literal {@code '{a,"b c",NULL}'::text[]} read as PostgreSQL's array input reads it.
 */
final class ArrayElements {

  private ArrayElements() {
  }

  static List<List<Node>> of(Group argument) {
    List<Node> items = argument.items();
    if (items.size() == 2 && items.get(0) instanceof Leaf word && word.token().isWord("array")
        && items.get(1) instanceof Group brackets && brackets.open().equals("[")) {
      return split(brackets.items());
    }
    if (items.size() == 1 && items.get(0) instanceof Cast cast && cast.type().array()
        && cast.operand().size() == 1 && cast.operand().get(0) instanceof Leaf literal
        && literal.token().kind() == Kind.STRING) {
      List<List<Node>> elements = new ArrayList<>();
      for (String value : literal(literal.token().text())) {
        Node element = value == null
            ? new Leaf(new SqlToken(Kind.NAME, "null"))
            : new Cast(List.of(new Leaf(new SqlToken(Kind.STRING, value))), cast.type().element());
        elements.add(List.of(element));
      }
      return elements;
    }
    throw new UntranslatableSqlException("= ANY over an array that is not a list of values");
  }

  private static List<List<Node>> split(List<Node> items) {
    List<List<Node>> elements = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    for (Node item : items) {
      if (item instanceof Leaf leaf && leaf.token().is(Kind.PUNCTUATION, ",")) {
        elements.add(current);
        current = new ArrayList<>();
      } else {
        current.add(item);
      }
    }
    if (!current.isEmpty()) {
      elements.add(current);
    }
    return elements;
  }

  /** A one-dimensional array literal; NULL unquoted is SQL NULL, "NULL" quoted is text. */
  static List<String> literal(String text) {
    String body = text.strip();
    if (!body.startsWith("{") || !body.endsWith("}")) {
      throw new UntranslatableSqlException("the array literal " + text);
    }
    body = body.substring(1, body.length() - 1);
    List<String> values = new ArrayList<>();
    if (body.isBlank()) {
      return values;
    }
    int at = 0;
    while (at <= body.length()) {
      StringBuilder value = new StringBuilder();
      boolean quoted = false;
      while (at < body.length() && body.charAt(at) == ' ') {
        at++;
      }
      if (at < body.length() && body.charAt(at) == '"') {
        quoted = true;
        at++;
        while (at < body.length() && body.charAt(at) != '"') {
          char c = body.charAt(at++);
          if (c == '\\' && at < body.length()) {
            c = body.charAt(at++);
          }
          value.append(c);
        }
        at++;
      } else {
        while (at < body.length() && body.charAt(at) != ',') {
          char c = body.charAt(at++);
          if (c == '{' || c == '"') {
            throw new UntranslatableSqlException("the array literal " + text);
          }
          if (c == '\\' && at < body.length()) {
            c = body.charAt(at++);
          }
          value.append(c);
        }
      }
      String element = quoted ? value.toString() : value.toString().strip();
      values.add(!quoted && element.equalsIgnoreCase("null") ? null : element);
      while (at < body.length() && body.charAt(at) == ' ') {
        at++;
      }
      if (at < body.length() && body.charAt(at) != ',') {
        throw new UntranslatableSqlException("the array literal " + text);
      }
      at++;
    }
    return values;
  }
}
