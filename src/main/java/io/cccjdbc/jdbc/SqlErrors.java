package io.cccjdbc.jdbc;

import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccTransportException;
import io.cccjdbc.calcite.MissingKeyValueException;
import io.cccjdbc.calcite.SqlStatementException;
import io.cccjdbc.fetch.BudgetExceededException;
import io.cccjdbc.fetch.DiscoveryRefusedException;
import io.cccjdbc.fetch.QueryCanceledException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.CalciteException;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Turns whatever a lower layer threw into one {@link SQLException} whose SQLState says
 * what kind of failure it was and whose message names the cause (API code, request id).
 * The original stays as the cause, so callers can also read {@link CccApiException}.
 */
final class SqlErrors {

  /** Calcite's message when a scalar subquery yields a second row. */
  private static final String SCALAR_SUBQUERY_ROWS = "more than one value in agg SINGLE_VALUE";

  /** The value in Java's message for text that is not a number. */
  private static final Pattern NUMBER_INPUT = Pattern.compile("For input string: \"(.*?)\"");

  /** Calcite's message for text that is not a date, time or timestamp. */
  private static final Pattern INVALID_DATETIME =
      Pattern.compile("Invalid (DATE|TIME|TIMESTAMP) value");

  private SqlErrors() {
  }

  static SQLException translate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      SQLException known = known(t);
      if (known != null) {
        return known;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (thrown instanceof SQLException sql) {
      return sql;
    }
    return new SQLException("Unexpected error in ccc-jdbc: " + thrown, "XX000", thrown);
  }

  /**
   * Avatica reports a cancel it noticed itself as a bare SQLException; when the statement was
   * canceled, that becomes the same 57014 as a cancel the driver noticed.
   */
  static SQLException canceledIf(AtomicBoolean canceled, SQLException e) {
    if (canceled == null || !canceled.get() || e.getSQLState() != null) {
      return e;
    }
    return new SQLException("Query was canceled", "57014", e);
  }

  private static SQLException known(Throwable t) {
    if (t instanceof CccApiException api) {
      return apiError(api);
    }
    if (t instanceof CccTransportException transport) {
      // An untrusted certificate or a refused proxy login fails the same way next time.
      return transport.isTransient()
          ? new SQLTransientConnectionException(transport.getMessage(), "08006", transport)
          : new SQLNonTransientConnectionException(transport.getMessage(), "08006", transport);
    }
    if (t instanceof QueryCanceledException canceled) {
      return canceled.timedOut()
          ? new SQLTimeoutException(canceled.getMessage(), "HYT00", canceled)
          : new SQLException(canceled.getMessage(), "57014", canceled);
    }
    if (t instanceof BudgetExceededException budget) {
      return new SQLNonTransientException(budget.getMessage(), "54000", budget);
    }
    if (t instanceof DiscoveryRefusedException refused) {
      return new SQLNonTransientException(refused.getMessage(), "42501", refused);
    }
    if (t instanceof MissingKeyValueException missing) {
      return new SQLDataException(missing.getMessage(), "22004", missing);
    }
    if (t instanceof SqlStatementException statement) {
      return statementError(statement);
    }
    if (t instanceof SqlParseException || t instanceof CalciteContextException) {
      return new SQLSyntaxErrorException(t.getMessage(), "42000", t);
    }
    return dataError(t);
  }

  private static SQLException statementError(SqlStatementException e) {
    return switch (e.reason()) {
      case NEGATIVE_LIMIT -> new SQLDataException(e.getMessage(), "2201W", e);
      case NEGATIVE_OFFSET -> new SQLDataException(e.getMessage(), "2201X", e);
      case INVALID_PARAMETER -> new SQLDataException(e.getMessage(), "22023", e);
      case TOO_COMPLEX -> new SQLNonTransientException(e.getMessage(), "54001", e);
      case TIMED_OUT -> new SQLTimeoutException(e.getMessage(), "HYT00", e);
      case CANCELED -> new SQLException(e.getMessage(), "57014", e);
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
          ? new SQLDataException("Division by zero", "22012", t)
          : new SQLDataException("Numeric value out of range (" + message + ")", "22003", t);
    }
    if (t instanceof NumberFormatException) {
      Matcher input = NUMBER_INPUT.matcher(message);
      return new SQLDataException(input.find()
          ? "Cannot cast '" + input.group(1) + "' to a number"
          : "Cannot cast a value to a number: " + message, "22018", t);
    }
    if (t instanceof CalciteException && message.startsWith("Invalid character for cast")) {
      return new SQLDataException(message, "22018", t);
    }
    if (t instanceof IllegalArgumentException && INVALID_DATETIME.matcher(message).lookingAt()) {
      return new SQLDataException(message, "22007", t);
    }
    if (t instanceof IllegalStateException && message.startsWith(SCALAR_SUBQUERY_ROWS)) {
      return new SQLNonTransientException("A scalar subquery returned more than one row; make"
          + " it return at most one (a WHERE on a key, an aggregate, LIMIT 1), or compare with"
          + " IN or EXISTS instead", "21000", t);
    }
    return null;
  }

  private static SQLException apiError(CccApiException e) {
    String code = e.code();
    if (code.startsWith("InvalidTimeStamp")) {
      return new SQLNonTransientConnectionException(e.getMessage()
          + ". The request's timestamp was refused: check this machine's system clock and time"
          + " zone (the service allows a few minutes of difference)", "08004", e);
    }
    if (isAuthentication(code)) {
      return new SQLInvalidAuthorizationSpecException(e.getMessage() + ". " + authHint(code),
          "28000", e);
    }
    if (e.isTransient()) {
      return new SQLTransientConnectionException(e.getMessage(), "08000", e);
    }
    return new SQLNonTransientException(e.getMessage(), "HY000", e);
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
}
