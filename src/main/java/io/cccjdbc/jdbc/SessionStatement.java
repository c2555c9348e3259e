package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.CccSchema;
import io.cccjdbc.jdbc.SqlTokens.Kind;
import io.cccjdbc.jdbc.SqlTokens.Token;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The session statements pools, frameworks and tools send, in PostgreSQL's syntax. Those whose
 * request the driver already satisfies are accepted and change nothing: it never writes (so
 * {@code READ ONLY} holds and {@code COMMIT} has nothing to do), every statement reads what the
 * API holds when it runs ({@code READ COMMITTED}), there is one schema ({@code ccc}) and one
 * time zone, the connection's {@code timeZone}. {@code application_name} is kept as the
 * {@code ApplicationName} client info. Any other, and any that asks for what the driver cannot
 * keep ({@code READ WRITE}, {@code SERIALIZABLE}, another schema or time zone), fails with a message that says why.
 */
final class SessionStatement {

  static final String ACCEPTED = "ccc-jdbc accepts SET TRANSACTION, SET SESSION CHARACTERISTICS"
      + " AS TRANSACTION, BEGIN and START TRANSACTION with READ ONLY or ISOLATION LEVEL READ"
      + " COMMITTED; COMMIT, ROLLBACK and END; SET application_name; SET search_path TO ccc;"
      + " SET TIME ZONE naming the connection's timeZone; RESET and DISCARD";

  /** Client info name of the application name, as pgjdbc maps {@code application_name}. */
  static final String APPLICATION_NAME = "ApplicationName";

  private static final Set<String> DEFAULTS = Set.of("DEFAULT", "LOCAL");

  private final List<Token> tokens;
  private final ConnectionState state;
  private int position;

  private SessionStatement(List<Token> tokens, ConnectionState state) {
    this.tokens = tokens;
    this.state = state;
  }

  /** Runs a statement of kind {@link SqlCommand.Kind#SESSION}. */
  static void run(String sql, ConnectionState state) throws SQLException {
    List<Token> tokens = new ArrayList<>(SqlTokens.all(sql));
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isSymbol(";")) {
      tokens.remove(tokens.size() - 1);
    }
    new SessionStatement(tokens, state).run();
  }

  private void run() throws SQLException {
    String first = word();
    switch (first) {
      case "BEGIN" -> {
        accept("WORK", "TRANSACTION");
        transactionModes();
      }
      case "START" -> {
        expect("TRANSACTION");
        transactionModes();
      }
      case "COMMIT", "END" -> {
        accept("WORK", "TRANSACTION");
        end();
      }
      case "ROLLBACK", "ABORT" -> {
        accept("WORK", "TRANSACTION");
        if (peek("TO")) {
          throw unsupported("ROLLBACK TO SAVEPOINT (there are no savepoints: nothing is"
              + " written)");
        }
        end();
      }
      case "SET" -> set();
      case "RESET" -> reset();
      case "DISCARD" -> {
        if (accept("ALL")) {
          state.clientInfo(APPLICATION_NAME, null);
        } else if (!accept("PLANS", "SEQUENCES", "TEMP", "TEMPORARY")) {
          throw syntax("DISCARD takes ALL, PLANS, SEQUENCES or TEMP");
        }
        end();
      }
      default -> throw unsupported(first);
    }
  }

  private void set() throws SQLException {
    accept("SESSION", "LOCAL");
    if (accept("TRANSACTION")) {
      atLeastOneMode();
      return;
    }
    if (accept("CHARACTERISTICS")) {
      expect("AS");
      expect("TRANSACTION");
      atLeastOneMode();
      return;
    }
    if (accept("TIME")) {
      expect("ZONE");
      timeZone(values(), state.timeZone());
      return;
    }
    if (accept("SCHEMA")) {
      searchPath(values());
      return;
    }
    String name = name();
    if (!acceptSymbol("=")) {
      expect("TO");
    }
    List<Token> values = values();
    switch (name.toLowerCase(Locale.ROOT)) {
      case "application_name" -> state.clientInfo(APPLICATION_NAME,
          isDefault(values) ? null : single(values, name).value());
      case "search_path" -> searchPath(values);
      case "timezone" -> timeZone(values, state.timeZone());
      case "transaction_read_only", "default_transaction_read_only" -> readOnly(values, name);
      case "transaction_isolation", "default_transaction_isolation" ->
          isolation(single(values, name).keyword());
      default -> throw unsupported("SET " + name);
    }
  }

  private void reset() throws SQLException {
    if (accept("ALL")) {
      state.clientInfo(APPLICATION_NAME, null);
      end();
      return;
    }
    String name = name();
    switch (name.toLowerCase(Locale.ROOT)) {
      case "application_name" -> state.clientInfo(APPLICATION_NAME, null);
      case "search_path", "timezone", "transaction_isolation", "default_transaction_isolation",
          "default_transaction_read_only" -> {
        // The defaults are the only values these take.
      }
      default -> throw unsupported("RESET " + name);
    }
    end();
  }

  private void atLeastOneMode() throws SQLException {
    if (position >= tokens.size()) {
      throw syntax("a transaction mode is missing");
    }
    transactionModes();
  }

  /** {@code READ ONLY}, {@code ISOLATION LEVEL ...}, {@code [NOT] DEFERRABLE}, in any order. */
  private void transactionModes() throws SQLException {
    while (position < tokens.size()) {
      if (acceptSymbol(",")) {
        continue;
      }
      if (accept("READ")) {
        if (accept("WRITE")) {
          throw SqlState.READ_ONLY.exception("ccc-jdbc is read-only: a READ WRITE transaction"
              + " cannot be started. Every transaction is READ ONLY.");
        }
        expect("ONLY");
      } else if (accept("ISOLATION")) {
        expect("LEVEL");
        String level = word();
        if (level.equals("READ") || level.equals("REPEATABLE")) {
          level += " " + word();
        }
        isolation(level);
      } else if (accept("NOT")) {
        expect("DEFERRABLE");
      } else if (!accept("DEFERRABLE")) {
        throw syntax("a transaction mode is READ ONLY, ISOLATION LEVEL ... or [NOT]"
            + " DEFERRABLE");
      }
    }
  }

  private static void isolation(String level) throws SQLException {
    switch (level.replace('_', ' ')) {
      case "READ COMMITTED", "READ UNCOMMITTED" -> {
        // Each statement reads what the API holds when it runs: nothing uncommitted is seen.
      }
      case "REPEATABLE READ", "SERIALIZABLE" -> throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "ccc-jdbc cannot keep ISOLATION LEVEL " + level + ": each statement reads the API"
              + " anew (or its cache), so two statements may see different data. Use READ"
              + " COMMITTED.");
      default -> throw syntax("an isolation level is READ COMMITTED, READ UNCOMMITTED,"
          + " REPEATABLE READ or SERIALIZABLE");
    }
  }

  private static void readOnly(List<Token> values, String name) throws SQLException {
    String value = single(values, name).value().toLowerCase(Locale.ROOT);
    if (Set.of("off", "false", "0", "no").contains(value)) {
      throw SqlState.READ_ONLY.exception("ccc-jdbc is read-only: " + name + " stays on.");
    }
    if (!Set.of("on", "true", "1", "yes").contains(value)) {
      throw syntax(name + " takes on or off");
    }
  }

  private static void searchPath(List<Token> values) throws SQLException {
    if (isDefault(values)) {
      return;
    }
    for (Token value : values) {
      boolean ccc = value.value().equalsIgnoreCase(CccSchema.NAME);
      if (!ccc && !value.value().equals("$user")) {
        throw SqlState.FEATURE_NOT_SUPPORTED.exception("ccc-jdbc has one schema, "
            + CccSchema.NAME + ", so the search path cannot name " + Messages.quote(value.text())
            + ". Use SET search_path TO " + CccSchema.NAME + ".");
      }
    }
  }

  /**
   * The connection's zone decides every time value, and a session cannot change it; a
   * statement naming that zone (or one with the same rules) asks for what already holds.
   */
  private static void timeZone(List<Token> values, ZoneId connectionZone) throws SQLException {
    if (isDefault(values)) {
      return;
    }
    String zone = single(values, "TIME ZONE").text();
    if (!sameZone(zone, connectionZone)) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception("This connection's time zone is "
          + connectionZone.getId() + " (the property timeZone), and a session cannot change"
          + " it, so the time zone cannot be " + Messages.quote(zone) + ". Use SET TIME ZONE '"
          + connectionZone.getId() + "', or connect with timeZone set to the zone wanted.");
    }
  }

  private static boolean sameZone(String zone, ZoneId connectionZone) {
    ZoneRules wanted = connectionZone.getRules();
    if (zone.matches("[+-]?0+")) {
      return wanted.isFixedOffset() && wanted.getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    }
    // PostgreSQL's zone names ignore case; Java's ids do not.
    String id = zone.equalsIgnoreCase("UTC") ? "UTC" : ZoneId.getAvailableZoneIds().stream()
        .filter(zone::equalsIgnoreCase).findFirst().orElse(null);
    if (id == null) {
      return false;
    }
    ZoneRules rules = ZoneId.of(id).getRules();
    return rules.equals(wanted) || rules.isFixedOffset() && wanted.isFixedOffset()
        && rules.getOffset(Instant.EPOCH).equals(wanted.getOffset(Instant.EPOCH));
  }

  private static boolean isDefault(List<Token> values) {
    return values.size() == 1 && values.get(0).kind() == Kind.WORD
        && DEFAULTS.contains(values.get(0).keyword());
  }

  private static Token single(List<Token> values, String name) throws SQLException {
    if (values.size() != 1) {
      throw syntax(name + " takes one value");
    }
    return values.get(0);
  }

  /** The comma-separated values up to the end of the statement. */
  private List<Token> values() throws SQLException {
    List<Token> values = new ArrayList<>();
    do {
      if (position >= tokens.size() || tokens.get(position).kind() == Kind.SYMBOL) {
        throw syntax("a value is missing");
      }
      values.add(tokens.get(position++));
    } while (acceptSymbol(","));
    end();
    return values;
  }

  private String name() throws SQLException {
    if (position < tokens.size()
        && (tokens.get(position).kind() == Kind.WORD
            || tokens.get(position).kind() == Kind.QUOTED)) {
      return tokens.get(position++).value();
    }
    throw syntax("a setting's name is missing");
  }

  private String word() throws SQLException {
    if (position < tokens.size() && tokens.get(position).kind() == Kind.WORD) {
      return tokens.get(position++).keyword();
    }
    throw syntax("a keyword is missing");
  }

  private boolean peek(String word) {
    return position < tokens.size() && tokens.get(position).isWord(word);
  }

  private boolean accept(String... words) {
    for (String word : words) {
      if (peek(word)) {
        position++;
        return true;
      }
    }
    return false;
  }

  private boolean acceptSymbol(String symbol) {
    if (position < tokens.size() && tokens.get(position).isSymbol(symbol)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String word) throws SQLException {
    if (!accept(word)) {
      throw syntax(word + " is missing");
    }
  }

  private void end() throws SQLException {
    if (position < tokens.size()) {
      throw syntax("unexpected " + Messages.quote(tokens.get(position).text()));
    }
  }

  private static SQLException syntax(String problem) {
    return SqlState.SYNTAX_ERROR.exception("Cannot read the session statement: " + problem
        + ". " + ACCEPTED + ".");
  }

  private static SQLException unsupported(String what) {
    return SqlState.FEATURE_NOT_SUPPORTED.exception(what + " is not supported by ccc-jdbc. "
        + ACCEPTED + ".");
  }
}
