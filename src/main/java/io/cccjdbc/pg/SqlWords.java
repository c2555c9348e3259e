package io.cccjdbc.pg;

import java.util.Set;

/**
 * The words that give postgres_fdw's SQL its structure. A name that is none of them and is not
 * called as a function is a table, column or alias, and is quoted when passed on, so a column
 * named like one of Calcite's reserved words ({@code value}, {@code year}) still reads as one.
 */
final class SqlWords {

  private static final Set<String> KEYWORDS = Set.of(
      "select", "from", "where", "and", "or", "not", "is", "null", "true", "false", "as", "on",
      "join", "inner", "left", "right", "full", "outer", "cross", "order", "by", "group",
      "having", "limit", "offset", "asc", "desc", "nulls", "first", "last", "case", "when",
      "then", "else", "end", "distinct", "like", "ilike", "in", "any", "all", "some", "array",
      "between", "symmetric", "for", "update", "share", "of", "nowait", "skip", "locked", "cast",
      "exists", "union", "intersect", "except", "filter", "within", "over", "partition", "rows",
      "range", "escape", "unknown", "using", "row", "lateral", "fetch", "next", "only", "with",
      "ties", "similar", "to", "isnull", "notnull", "collate", "at", "time", "zone", "interval");

  private SqlWords() {
  }

  static boolean isKeyword(String word) {
    return KEYWORDS.contains(word);
  }
}
