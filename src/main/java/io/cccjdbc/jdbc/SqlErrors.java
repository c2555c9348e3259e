package io.cccjdbc.jdbc;

import io.cccjdbc.api.CccApiException;
import io.cccjdbc.api.CccDataException;
import io.cccjdbc.api.CccTransportException;
import io.cccjdbc.calcite.MissingKeyValueException;
import io.cccjdbc.fetch.BudgetExceededException;
import io.cccjdbc.fetch.DiscoveryRefusedException;
import io.cccjdbc.fetch.FetchFailedException;
import io.cccjdbc.fetch.InconsistentAnswerException;
import io.cccjdbc.fetch.QueryCanceledException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Turns whatever a lower layer threw into one {@link SQLException} whose SQLState says
 * what kind of failure it was and whose message names the cause (API code, request id).
 * The original stays as the cause, so callers can also read {@link CccApiException}.
 */
final class SqlErrors {

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
    if (t instanceof CccDataException data) {
      return new SQLDataException(data.getMessage(), "22000", data);
    }
    if (t instanceof InconsistentAnswerException inconsistent) {
      return switch (inconsistent.kind()) {
        case CHANGED -> new SQLTransactionRollbackException(inconsistent.getMessage(), "40001",
            inconsistent);
        case TOO_LONG -> new SQLNonTransientException(inconsistent.getMessage(), "54000",
            inconsistent);
        case UNUSABLE -> new SQLDataException(inconsistent.getMessage(), "22000", inconsistent);
      };
    }
    if (t instanceof FetchFailedException failed) {
      return new SQLNonTransientException(failed.getMessage(),
          failed.outOfMemory() ? "53200" : "XX000", failed);
    }
    if (t instanceof MissingKeyValueException missing) {
      return new SQLDataException(missing.getMessage(), "22004", missing);
    }
    if (t instanceof SqlParseException || t instanceof CalciteContextException) {
      return new SQLSyntaxErrorException(t.getMessage(), "42000", t);
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
