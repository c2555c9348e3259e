package io.cccjdbc.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLWarning;

/**
 * Every SQLState the driver reports, each with when it does (as pgjdbc's {@code PSQLState}).
 * {@code docs/errors.md} is generated from this enum, so an application author can look up what
 * a state means and what to do. The exception class follows the state's class as JDBC 4 maps
 * them (22 data, 28 authorization, 42 syntax, 0A not supported...).
 */
enum SqlState {

  WARNING("01000", SQLWarning::new,
      "A warning on the connection, never an error: a `Properties` entry that is not a"
          + " ccc-jdbc property, a property given both in the URL and in `Properties`, demo"
          + " credentials, or a scrollable or updatable result set asked for and replaced with"
          + " the one kind there is (`TYPE_FORWARD_ONLY`, `CONCUR_READ_ONLY`)."),

  NO_RESULT_SET("02000", SQLException::new,
      "`executeQuery` ran a statement that returns no rows, such as `SET TRANSACTION READ"
          + " ONLY`; run it with `execute` or `executeUpdate`."),

  PARAMETER_TYPE("07006", SQLDataException::new,
      "A `PreparedStatement` parameter was given a value of a type its place in the SQL cannot"
          + " take (a date where a number is expected); the message names the parameter and both"
          + " types."),

  API_UNAVAILABLE("08000", SQLTransientConnectionException::new,
      "A transient API error remained after the retries (`Throttling*`, `ServiceUnavailable`,"
          + " `InternalError`, HTTP 429 or 5xx). Trying later may succeed."),

  CONNECTION_REJECTED("08001", SQLNonTransientConnectionException::new,
      "The connection cannot be opened as asked: a malformed URL, an unknown URL key, a key"
          + " given twice, an invalid value, half of a proxy setting, or an unusable trust store."
          + " The message names the property."),

  CONNECTION_CLOSED("08003", SQLNonTransientConnectionException::new,
      "The connection was closed (or aborted) and was then used, directly or through one of its"
          + " statements or metadata."),

  CLOCK_REFUSED("08004", SQLNonTransientConnectionException::new,
      "The service refused the request's timestamp (`InvalidTimeStamp*`): this machine's clock"
          + " or time zone is off."),

  NETWORK_FAILURE("08006", SQLTransientConnectionException::new,
      "The endpoint could not be reached or answered with something that is not a CCC answer:"
          + " connection refused or timed out, an untrusted certificate, a proxy that refused"
          + " the login, a body that is not the API's JSON."),

  FEATURE_NOT_SUPPORTED("0A000", SQLFeatureNotSupportedException::new,
      "A JDBC feature the driver does not have; the message names it (updatable or scrollable"
          + " result sets, stored procedures, savepoints, generated keys, LOBs, batches,"
          + " handing out Calcite's objects through `unwrap`), or a session setting it cannot"
          + " keep (`SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`, an unknown `SET`)."),

  CARDINALITY_VIOLATION("21000", SQLNonTransientException::new,
      "A scalar subquery returned more than one row; the message says how to make it return"
          + " one."),

  DATA_EXCEPTION("22000", SQLDataException::new,
      "The API answered with a value the driver cannot read as its column's type (a boolean"
          + " that reads `yes`, a count that reads `two`) or without what a row needs (an"
          + " instance without an id); the message names the request, its request id, the field"
          + " and the value."),

  NUMERIC_OUT_OF_RANGE("22003", SQLDataException::new,
      "A number does not fit its type: arithmetic that overflows (integers never wrap), a"
          + " `CAST` to a type too small, `getObject(i, Integer.class)` of a value beyond the int"
          + " range, or a parameter bound with `setLong` where an INTEGER is expected and the"
          + " value does not fit."),

  NULL_VALUE_NOT_ALLOWED("22004", SQLDataException::new,
      "The API left out a key column (an instance without `Id`, a number without `Number`), so"
          + " the row cannot be identified."),

  INVALID_DATETIME("22007", SQLDataException::new,
      "Text cast to a date, time or timestamp does not read as one"
          + " (`CAST('tomorrow' AS DATE)`)."),

  DIVISION_BY_ZERO("22012", SQLDataException::new,
      "A division or `MOD` by zero, also in a constant expression (`1/0`)."),

  DATA_CONVERSION("22018", SQLDataException::new,
      "A value cannot be converted as asked: `CAST('prod' AS INTEGER)`,"
          + " `getObject(i, LocalDate.class)` of a number,"
          + " `getInt` of text that is not a number, a parameter string that does not read as"
          + " the number or boolean its place expects."),

  INVALID_LIMIT("2201W", SQLDataException::new,
      "`LIMIT` or `FETCH FIRST` is given a negative number of rows."),

  INVALID_OFFSET("2201X", SQLDataException::new,
      "`OFFSET` is given a negative number of rows."),

  INVALID_PARAMETER_VALUE("22023", SQLDataException::new,
      "A parameter or column index outside the statement's, a parameter left unbound when"
          + " the statement ran, or a `LIMIT` or `OFFSET` parameter that is not a whole"
          + " number."),

  INVALID_CURSOR_STATE("24000", SQLException::new,
      "A forward-only result set was asked to move backwards or to a row (`absolute`,"
          + " `previous`, `first`...), or a value was read while not on a row."),

  READ_ONLY("25006", SQLNonTransientException::new,
      "A statement that would change something: `INSERT`, `UPDATE`, `DELETE`, `MERGE`,"
          + " `TRUNCATE`, `CREATE`, `DROP`, `ALTER`..., or `SET TRANSACTION READ WRITE`. The"
          + " driver only reads; it fails at once, before any API call."),

  INVALID_AUTHORIZATION("28000", SQLInvalidAuthorizationSpecException::new,
      "The credentials are missing, incomplete or refused (`InvalidAccessKeyId*`,"
          + " `SignatureDoesNotMatch`, `InvalidSecurityToken*`, `Forbidden*`, `NoPermission*`);"
          + " the message says which property to check."),

  SERIALIZATION_FAILURE("40001", SQLTransactionRollbackException::new,
      "The pages of a list did not add up to one reading of it (an item on two pages, a page"
          + " shorter than its place, a total that changed): the data moved while it was read."
          + " Nothing partial is returned; running the query again usually succeeds."),

  SYNTAX_ERROR("42000", SQLSyntaxErrorException::new,
      "The SQL cannot be parsed or validated: a syntax error, an unknown table, column or"
          + " function, wrong argument types; or it reads a table of a time window"
          + " (`call_detail_records`, the reports) without a lower bound on its time column."),

  INSUFFICIENT_PRIVILEGE("42501", SQLSyntaxErrorException::new,
      "The service refused `ListInstances` for a query that needs every instance; name the"
          + " instances with `WHERE instance_id = ...` or the `instanceIds` property."),

  UNDEFINED_COLUMN("42703", SQLSyntaxErrorException::new,
      "A result set was asked for a column label it does not have."),

  OUT_OF_MEMORY("53200", SQLNonTransientException::new,
      "The JVM ran out of memory while the statement ran; it is released, and the connection"
          + " stays usable."),

  PROGRAM_LIMIT_EXCEEDED("54000", SQLNonTransientException::new,
      "The statement would need more API calls than `maxApiCallsPerStatement` allows; it fails"
          + " before making them."),

  STATEMENT_TOO_COMPLEX("54001", SQLNonTransientException::new,
      "The statement is nested too deeply to be planned (thousands of nested parentheses or"
          + " NOTs)."),

  OBJECT_CLOSED("55000", SQLNonTransientException::new,
      "A statement or result set was used after it was closed."),

  QUERY_CANCELED("57014", SQLException::new,
      "The statement was canceled (`Statement.cancel()`); it can run again."),

  GENERAL_ERROR("HY000", SQLNonTransientException::new,
      "The API refused the call with an error that fits no other state; the message carries its"
          + " code, message and request id."),

  FUNCTION_SEQUENCE("HY010", SQLException::new,
      "A call out of order: a statement closed while it was being created, or a method taking"
          + " SQL text called on a `PreparedStatement`."),

  INVALID_ARGUMENT("HY024", SQLException::new,
      "A JDBC method was given an argument outside what it accepts: a negative timeout or row"
          + " count, an unknown result set type, holdability or fetch direction, a null"
          + " executor."),

  TIMEOUT("HYT00", SQLTimeoutException::new,
      "The query timeout (`Statement.setQueryTimeout`) expired; the statement can run again."),

  INTERNAL_ERROR("XX000", SQLException::new,
      "A defect in ccc-jdbc: something failed that should not. Please report it with the"
          + " message and stack trace.");

  /** How an exception of this state is made; every SQLException subclass has this shape. */
  interface ExceptionType {
    SQLException create(String message, String sqlState, Throwable cause);
  }

  private final String code;
  private final ExceptionType type;
  private final String when;

  SqlState(String code, ExceptionType type, String when) {
    this.code = code;
    this.type = type;
    this.when = when;
  }

  String code() {
    return code;
  }

  /** When the driver reports this state, as {@code docs/errors.md} says. */
  String when() {
    return when;
  }

  SQLException exception(String message) {
    return exception(message, null);
  }

  SQLException exception(String message, Throwable cause) {
    return type.create(message, code, cause);
  }

  SQLWarning warning(String message) {
    return (SQLWarning) exception(message);
  }
}
