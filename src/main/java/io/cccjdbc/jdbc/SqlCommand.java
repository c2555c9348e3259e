package io.cccjdbc.jdbc;

import io.cccjdbc.jdbc.SqlTokens.Token;
import java.sql.SQLException;
import java.util.Set;

/**
 * What a statement asks for, told from its leading words before Calcite sees it: a query goes
 * to Calcite; a statement that would change something is refused at once with SQLState 25006
 * (Calcite would plan it for seconds and fail with a planner dump); a session statement that
 * pools and frameworks send ({@code SET TRANSACTION READ ONLY}) is answered by the driver
 * ({@link SessionStatement}).
 */
record SqlCommand(Kind kind, String keyword) {

  enum Kind { QUERY, WRITE, SESSION }

  /** Statements that would write data or change the schema. */
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE",
      "UPSERT", "REPLACE", "TRUNCATE", "COPY", "CREATE", "DROP", "ALTER", "RENAME", "COMMENT",
      "GRANT", "REVOKE");

  /** Statements about the session or its transaction rather than data. */
  private static final Set<String> SESSION = Set.of("SET", "RESET", "SHOW", "BEGIN", "START",
      "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "DISCARD");

  /** The words after which a {@code WITH} list ends and its statement begins. */
  private static final Set<String> AFTER_WITH = Set.of("SELECT", "VALUES", "TABLE", "INSERT",
      "UPDATE", "DELETE", "MERGE");

  private static final SqlCommand QUERY = new SqlCommand(Kind.QUERY, "SELECT");

  static SqlCommand of(String sql) {
    return of(new SqlTokens(sql));
  }

  private static SqlCommand of(SqlTokens tokens) {
    Token first = firstWord(tokens);
    if (first == null) {
      return QUERY;
    }
    String word = first.keyword();
    if (word.equals("ALTER")) {
      Token second = tokens.next();
      boolean session = second != null && (second.isWord("SESSION") || second.isWord("SYSTEM"));
      return new SqlCommand(session ? Kind.SESSION : Kind.WRITE, word);
    }
    if (WRITES.contains(word)) {
      return new SqlCommand(Kind.WRITE, word);
    }
    if (SESSION.contains(word)) {
      return new SqlCommand(Kind.SESSION, word);
    }
    if (word.equals("WITH")) {
      Token statement = nextAtTopLevel(tokens, AFTER_WITH);
      return statement != null && WRITES.contains(statement.keyword())
          ? new SqlCommand(Kind.WRITE, statement.keyword())
          : QUERY;
    }
    if (word.equals("EXPLAIN") && nextAtTopLevel(tokens, Set.of("FOR")) != null) {
      SqlCommand explained = of(tokens);
      return explained.kind == Kind.WRITE ? explained : QUERY;
    }
    return QUERY;
  }

  /** The first word, past any opening parentheses. */
  private static Token firstWord(SqlTokens tokens) {
    for (Token token = tokens.next(); token != null; token = tokens.next()) {
      if (!token.isSymbol("(")) {
        return token.kind() == SqlTokens.Kind.WORD ? token : null;
      }
    }
    return null;
  }

  private static Token nextAtTopLevel(SqlTokens tokens, Set<String> words) {
    for (Token token = tokens.next(); token != null; token = tokens.next()) {
      if (token.depth() == 0 && token.kind() == SqlTokens.Kind.WORD
          && words.contains(token.keyword())) {
        return token;
      }
    }
    return null;
  }

  /** Fails a statement of kind {@link Kind#WRITE}: nothing is ever written. */
  SQLException readOnly() {
    return SqlState.READ_ONLY.exception("ccc-jdbc is read-only: " + keyword + " statements"
        + " cannot run. It reads Alibaba Cloud Contact Center through queries (SELECT); change"
        + " data in the CCC console or through the CCC API.");
  }
}
