package io.cccjdbc.jdbc;

import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccDataException;
import io.cccjdbc.api.CccTransportException;
import io.cccjdbc.calcite.MissingKeyValueException;
import io.cccjdbc.calcite.MissingTimeBoundException;
import io.cccjdbc.calcite.SqlStatementException;
import io.cccjdbc.fetch.BudgetExceededException;
import io.cccjdbc.fetch.DiscoveryRefusedException;
import io.cccjdbc.fetch.FetchFailedException;
import io.cccjdbc.fetch.InconsistentAnswerException;
import io.cccjdbc.fetch.QueryCanceledException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.CalciteException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where whatever a lower layer threw becomes the {@link SQLException} users see:
 * every call the driver's JDBC objects forward goes through {@link #translate}. The result has
 * an SQLState ({@link SqlState}) that says what kind of failure it was and a message that names
 * the cause (API code, request id); the original stays as the cause, so callers can also read
 * {@link CccApiException}. A message never carries a planner dump: those go to DEBUG.
 */
final class SqlErrors {

  private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

  /** Longer messages are cut in the middle: the start says what failed, the end why. */
  private static final int MAX_MESSAGE_LENGTH = 2_000;

  /**
   * What Avatica's own SQLExceptions mean, by the start of their message: Avatica gives them no
   * SQLState, and its messages are the only thing that tells them apart.
   */
  private static final List<AvaticaMessage> AVATICA_MESSAGES = List.of(
      new AvaticaMessage("Connection closed", SqlState.CONNECTION_CLOSED),
      new AvaticaMessage("Statement closed", SqlState.OBJECT_CLOSED),
      new AvaticaMessage("ResultSet closed", SqlState.OBJECT_CLOSED),
      new AvaticaMessage("Statement canceled", SqlState.QUERY_CANCELED),
      new AvaticaMessage("Statement did not return a result set", SqlState.NO_RESULT_SET),
      new AvaticaMessage("unbound parameter", SqlState.INVALID_PARAMETER_VALUE),
      new AvaticaMessage("parameter ordinal", SqlState.INVALID_PARAMETER_VALUE),
      new AvaticaMessage("invalid column ordinal", SqlState.INVALID_PARAMETER_VALUE),
      new AvaticaMessage("column '", SqlState.UNDEFINED_COLUMN),
      new AvaticaMessage("cannot convert to", SqlState.DATA_CONVERSION),
      new AvaticaMessage("Cannot call ", SqlState.FUNCTION_SEQUENCE),
      new AvaticaMessage("illegal ", SqlState.INVALID_ARGUMENT),
      new AvaticaMessage("invalid value", SqlState.INVALID_ARGUMENT),
      new AvaticaMessage("timeout is less than 0", SqlState.INVALID_ARGUMENT));

  private static final Pattern MISSING_CONVERSION =
      Pattern.compile("Missing conversion is (\\w+)");

  /** What the operators that have no implementation here are written as in SQL. */
  private static final Map<String, String> SQL_FEATURES = Map.of(
      "LogicalMatch", "MATCH_RECOGNIZE",
      "LogicalRepeatUnion", "WITH RECURSIVE",
      "LogicalTableModify", "INSERT, UPDATE, DELETE or MERGE",
      "LogicalTableFunctionScan", "a table function",
      "LogicalDelta", "STREAM");

  /** Calcite's message when a scalar subquery yields a second row. */
  private static final String SCALAR_SUBQUERY_ROWS = "more than one value in agg SINGLE_VALUE";

  /** The value in Java's message for text that is not a number. */
  private static final Pattern NUMBER_INPUT = Pattern.compile("For input string: \"(.*?)\"");

  /** Calcite's message for text that is not a date, time or timestamp. */
  private static final Pattern INVALID_DATETIME =
      Pattern.compile("Invalid (DATE|TIME|TIMESTAMP) value");

  private SqlErrors() {
  }

  /** A JDBC call that may fail, for {@link #call}. */
  interface SqlCall<T> {
    T call() throws SQLException;
  }

  /** A JDBC call without a result, for {@link #run}. */
  interface SqlRun {
    void run() throws SQLException;
  }

  /** Makes the call; whatever it throws is translated. */
  static <T> T call(SqlCall<T> call) throws SQLException {
    try {
      return call.call();
    } catch (SQLException | RuntimeException | Error e) {
      throw translate(e);
    }
  }

  /** Makes the call; whatever it throws is translated. */
  static void run(SqlRun run) throws SQLException {
    try {
      run.run();
    } catch (SQLException | RuntimeException | Error e) {
      throw translate(e);
    }
  }

  static SQLException translate(Throwable thrown) {
    return translate(thrown, null);
  }

  /**
   * The SQLException to throw for {@code thrown}.
   *
   * @param canceled the statement's cancel flag, or null: Avatica reports a cancel it noticed
   *     itself as a bare SQLException, which becomes the same 57014 as one the driver noticed
   */
  static SQLException translate(Throwable thrown, AtomicBoolean canceled) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      SQLException known = known(t);
      if (known != null) {
        return known;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (canceled != null && canceled.get() && !hasState(thrown)) {
      return SqlState.QUERY_CANCELED.exception("Query was canceled", thrown);
    }
    if (thrown instanceof SQLException sql) {
      return hasState(sql) ? shortened(sql) : withState(sql);
    }
    return SqlState.INTERNAL_ERROR.exception(
        shorten("Unexpected error in ccc-jdbc: " + thrown), thrown);
  }

  private static boolean hasState(Throwable thrown) {
    return thrown instanceof SQLException sql && sql.getSQLState() != null;
  }

  private static SQLException known(Throwable t) {
    if (t instanceof CccApiException api) {
      return apiError(api);
    }
    if (t instanceof CccTransportException transport) {
      // An untrusted certificate or a refused proxy login fails the same way next time.
      return transport.isTransient()
          ? new SQLTransientConnectionException(transport.getMessage(),
              SqlState.NETWORK_FAILURE.code(), transport)
          : new SQLNonTransientConnectionException(transport.getMessage(),
              SqlState.NETWORK_FAILURE.code(), transport);
    }
    if (t instanceof QueryCanceledException canceled) {
      return (canceled.timedOut() ? SqlState.TIMEOUT : SqlState.QUERY_CANCELED)
          .exception(canceled.getMessage(), canceled);
    }
    if (t instanceof BudgetExceededException budget) {
      return SqlState.PROGRAM_LIMIT_EXCEEDED.exception(budget.getMessage(), budget);
    }
    if (t instanceof DiscoveryRefusedException refused) {
      return SqlState.INSUFFICIENT_PRIVILEGE.exception(refused.getMessage(), refused);
    }
    if (t instanceof MissingTimeBoundException unbounded) {
      return SqlState.SYNTAX_ERROR.exception(unbounded.getMessage(), unbounded);
    }
    if (t instanceof MissingKeyValueException missing) {
      return SqlState.NULL_VALUE_NOT_ALLOWED.exception(missing.getMessage(), missing);
    }
    if (t instanceof CccDataException data) {
      return SqlState.DATA_EXCEPTION.exception(data.getMessage(), data);
    }
    if (t instanceof InconsistentAnswerException inconsistent) {
      return (switch (inconsistent.kind()) {
        case CHANGED -> SqlState.SERIALIZATION_FAILURE;
        case TOO_LONG -> SqlState.PROGRAM_LIMIT_EXCEEDED;
        case UNUSABLE -> SqlState.DATA_EXCEPTION;
      }).exception(inconsistent.getMessage(), inconsistent);
    }
    if (t instanceof FetchFailedException failed) {
      return (failed.outOfMemory() ? SqlState.OUT_OF_MEMORY : SqlState.INTERNAL_ERROR)
          .exception(failed.getMessage(), failed);
    }
    if (t instanceof SqlStatementException statement) {
      return statementError(statement);
    }
    if (t instanceof SqlParseException || t instanceof CalciteContextException) {
      return SqlState.SYNTAX_ERROR.exception(shorten(t.getMessage()), t);
    }
    if (t instanceof StackOverflowError) {
      LOG.debug("Stack overflow", t);
      return SqlState.STATEMENT_TOO_COMPLEX.exception("The statement is nested too deeply to be"
          + " planned or run; simplify it (fewer nested expressions, parentheses or NOTs)");
    }
    if (t instanceof OutOfMemoryError) {
      return SqlState.OUT_OF_MEMORY.exception("The statement ran out of memory; give the JVM"
          + " more (-Xmx) or fetch less (narrow it with WHERE instance_id = ...)", t);
    }
    if (t instanceof RelOptPlanner.CannotPlanException) {
      // Its message is the planner's whole state, kilobytes of it; the cause would carry it
      // into every log that prints the stack trace, so it stays out of the exception.
      LOG.debug("No plan found", t);
      return SqlState.FEATURE_NOT_SUPPORTED.exception("ccc-jdbc cannot run this query: it"
          + " needs " + missingOperation(t.getMessage()) + ", which the engine has no"
          + " implementation for (the planner's details are logged at DEBUG by "
          + SqlErrors.class.getName() + ")");
    }
    return dataError(t);
  }

  private static SQLException statementError(SqlStatementException e) {
    return switch (e.reason()) {
      case NEGATIVE_LIMIT -> SqlState.INVALID_LIMIT.exception(e.getMessage(), e);
      case NEGATIVE_OFFSET -> SqlState.INVALID_OFFSET.exception(e.getMessage(), e);
      case INVALID_PARAMETER -> SqlState.INVALID_PARAMETER_VALUE.exception(e.getMessage(), e);
      case TOO_COMPLEX -> SqlState.STATEMENT_TOO_COMPLEX.exception(e.getMessage(), e);
      case TIMED_OUT -> SqlState.TIMEOUT.exception(e.getMessage(), e);
      case CANCELED -> SqlState.QUERY_CANCELED.exception(e.getMessage(), e);
    };
  }

  /**
   * What computing a row can fail with, as Calcite's generated code reports it: the Java
   * exception of the arithmetic, cast or check that failed. Matched by type and, where one
   * type covers several failures, by Calcite's message.
   */
  private static SQLException dataError(Throwable t) {
    String message = String.valueOf(t.getMessage());
    if (t instanceof ArithmeticException) {
      return message.contains("by zero") || message.startsWith("Division undefined")
          ? SqlState.DIVISION_BY_ZERO.exception("Division by zero", t)
          : SqlState.NUMERIC_OUT_OF_RANGE.exception(
              "Numeric value out of range (" + message + ")", t);
    }
    if (t instanceof NumberFormatException) {
      Matcher input = NUMBER_INPUT.matcher(message);
      return SqlState.DATA_CONVERSION.exception(input.find()
          ? "Cannot cast '" + input.group(1) + "' to a number"
          : "Cannot cast a value to a number: " + message, t);
    }
    if (t instanceof CalciteException && message.startsWith("Invalid character for cast")) {
      return SqlState.DATA_CONVERSION.exception(message, t);
    }
    if (t instanceof IllegalArgumentException && INVALID_DATETIME.matcher(message).lookingAt()) {
      return SqlState.INVALID_DATETIME.exception(message, t);
    }
    if (t instanceof IllegalStateException && message.startsWith(SCALAR_SUBQUERY_ROWS)) {
      return SqlState.CARDINALITY_VIOLATION.exception("A scalar subquery returned more than"
          + " one row; make it return at most one (a WHERE on a key, an aggregate, LIMIT 1), or"
          + " compare with IN or EXISTS instead", t);
    }
    return null;
  }

  /** The SQL feature behind the relational operator the planner could not implement. */
  private static String missingOperation(String plannerMessage) {
    Matcher missing = MISSING_CONVERSION.matcher(String.valueOf(plannerMessage));
    if (!missing.find()) {
      return "an operation";
    }
    String operator = missing.group(1);
    String feature = SQL_FEATURES.get(operator);
    return feature == null ? operator : operator + " (" + feature + ")";
  }

  private static SQLException withState(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (AvaticaMessage known : AVATICA_MESSAGES) {
      if (message.startsWith(known.prefix())) {
        return known.state().exception(shorten(message), e);
      }
    }
    if (e instanceof SQLFeatureNotSupportedException) {
      return SqlState.FEATURE_NOT_SUPPORTED.exception(
          message.isEmpty() ? "Not supported by ccc-jdbc" : shorten(message), e);
    }
    SqlState state = e instanceof SQLDataException
        ? SqlState.DATA_CONVERSION
        : SqlState.GENERAL_ERROR;
    return state.exception(message.isEmpty() ? e.getClass().getName() : shorten(message), e);
  }

  /** The same exception, or an equal one with the middle of an overlong message cut out. */
  private static SQLException shortened(SQLException e) {
    if (e.getMessage() == null || e.getMessage().length() <= MAX_MESSAGE_LENGTH) {
      return e;
    }
    return new SQLException(shorten(e.getMessage()), e.getSQLState(), e.getErrorCode(), e);
  }

  static String shorten(String message) {
    if (message == null || message.length() <= MAX_MESSAGE_LENGTH) {
      return message;
    }
    LOG.debug("Whole text of a shortened error message: {}", message);
    int keep = MAX_MESSAGE_LENGTH / 2;
    return message.substring(0, keep) + " [... " + (message.length() - 2 * keep)
        + " characters cut; the whole message is logged at DEBUG by "
        + SqlErrors.class.getName() + " ...] " + message.substring(message.length() - keep);
  }

  private static SQLException apiError(CccApiException e) {
    String code = e.code();
    if (code.startsWith("InvalidTimeStamp")) {
      return SqlState.CLOCK_REFUSED.exception(e.getMessage()
          + ". The request's timestamp was refused: check this machine's system clock and time"
          + " zone (the service allows a few minutes of difference)", e);
    }
    if (isAuthentication(code)) {
      return SqlState.INVALID_AUTHORIZATION.exception(e.getMessage() + ". " + authHint(code), e);
    }
    if (e.isTransient()) {
      return SqlState.API_UNAVAILABLE.exception(e.getMessage(), e);
    }
    return SqlState.GENERAL_ERROR.exception(e.getMessage(), e);
  }

  private static boolean isAuthentication(String code) {
    return code.startsWith("InvalidAccessKeyId") || code.startsWith("SignatureDoesNotMatch")
        || code.startsWith("IncompleteSignature") || code.startsWith("InvalidSecurityToken")
        || code.startsWith("Forbidden") || code.startsWith("NoPermission");
  }

  private static String authHint(String code) {
    if (code.startsWith("InvalidAccessKeyId")) {
      return "The AccessKey ID (property user) is not known to the service; check it";
    }
    if (code.startsWith("SignatureDoesNotMatch") || code.startsWith("IncompleteSignature")) {
      return "The AccessKey secret (property password) does not match the AccessKey ID; check it";
    }
    if (code.startsWith("InvalidSecurityToken")) {
      return "The STS token (property securityToken) is invalid or expired; get a new one";
    }
    return "The credentials are valid but lack permission for this action; grant the RAM "
        + "user the CCC permission (e.g. AliyunCCCReadOnlyAccess)";
  }

  private record AvaticaMessage(String prefix, SqlState state) {
  }
}
