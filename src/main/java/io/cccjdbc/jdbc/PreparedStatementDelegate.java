package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.SqlErrors.call;
import static io.cccjdbc.jdbc.SqlErrors.run;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;

/**
 * A prepared statement: a {@link StatementDelegate} for SQL prepared once. A statement that
 * would write was refused when it was prepared; a session statement runs in the driver each
 * time it executes. Methods taking SQL text are refused, as JDBC asks.
 */
final class PreparedStatementDelegate extends StatementDelegate implements PreparedStatement {

  private final PreparedStatement prepared;
  private final ParameterBinding parameters;
  /** The session statement this runs in the driver, or null for SQL Calcite runs. */
  private final String sessionSql;

  private PreparedStatementDelegate(ConnectionDelegate connection, PreparedStatement prepared,
      String sessionSql) throws SQLException {
    super(connection, prepared);
    this.prepared = prepared;
    this.parameters = ParameterBinding.of(call(prepared::getParameterMetaData),
        connection.state().timeZone());
    this.sessionSql = sessionSql;
  }

  static PreparedStatement create(ConnectionDelegate connection, PreparedStatement prepared,
      String sessionSql) throws SQLException {
    return new PreparedStatementDelegate(connection, prepared, sessionSql);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    checkOpen();
    if (sessionSql != null) {
      throw noRows(sessionSql);
    }
    return result(execute(prepared::executeQuery));
  }

  @Override
  public boolean execute() throws SQLException {
    checkOpen();
    if (sessionSql != null) {
      runSession(sessionSql);
      return false;
    }
    return execute(prepared::execute);
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    checkOpen();
    if (sessionSql != null) {
      runSession(sessionSql);
      return 0;
    }
    return execute(prepared::executeLargeUpdate);
  }

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    throw batches();
  }

  /** The columns of the rows this will return; none for a session statement. */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return sessionSql != null
        ? null
        : new ResultSetMetaDataDelegate(call(prepared::getMetaData));
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    return new ParameterMetaDataDelegate(call(prepared::getParameterMetaData));
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength)
      throws SQLException {
    setObject(parameterIndex, x, vendorType(targetSqlType), scaleOrLength);
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType)
      throws SQLException {
    setObject(parameterIndex, x, vendorType(targetSqlType));
  }

  private static int vendorType(SQLType type) throws SQLException {
    if (type == null || type.getVendorTypeNumber() == null) {
      throw SqlState.PARAMETER_TYPE.exception("setObject needs a java.sql.JDBCType, not "
          + type);
    }
    return type.getVendorTypeNumber();
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw textOnPrepared("executeQuery(String)");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    throw textOnPrepared("execute(String)");
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    throw textOnPrepared("executeUpdate(String)");
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    throw textOnPrepared("executeLargeUpdate(String)");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw textOnPrepared("addBatch(String)");
  }

  /** Binds {@code x} converted to what the parameter's place takes ({@link ParameterBinding}). */
  private void bind(int parameterIndex, Object x) throws SQLException {
    checkOpen();
    Object value = parameters.convert(parameterIndex, x);
    run(() -> {
      if (value instanceof String text) {
        prepared.setString(parameterIndex, text);
      } else if (value instanceof Integer number) {
        prepared.setInt(parameterIndex, number);
      } else if (value instanceof Long number) {
        prepared.setLong(parameterIndex, number);
      } else if (value instanceof Boolean bool) {
        prepared.setBoolean(parameterIndex, bool);
      } else if (value instanceof BigDecimal number) {
        prepared.setBigDecimal(parameterIndex, number);
      } else if (value instanceof Double number) {
        prepared.setDouble(parameterIndex, number);
      } else if (value instanceof Float number) {
        prepared.setFloat(parameterIndex, number);
      } else if (value instanceof Short number) {
        prepared.setShort(parameterIndex, number);
      } else if (value instanceof Byte number) {
        prepared.setByte(parameterIndex, number);
      } else if (value instanceof Timestamp timestamp) {
        prepared.setTimestamp(parameterIndex, timestamp);
      } else if (value instanceof Time time) {
        prepared.setTime(parameterIndex, time);
      } else if (value instanceof Date date) {
        prepared.setDate(parameterIndex, date);
      } else {
        prepared.setObject(parameterIndex, value);
      }
    });
  }

  private static SQLException textOnPrepared(String method) {
    return SqlState.FUNCTION_SEQUENCE.exception("PreparedStatement." + method + ": a prepared"
        + " statement runs the SQL it was prepared with; call the method without SQL text");
  }

  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    run(() -> prepared.setNull(parameterIndex, sqlType));
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    run(() -> prepared.setBytes(parameterIndex, x));
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, int length)
      throws SQLException {
    run(() -> prepared.setAsciiStream(parameterIndex, x, length));
  }

  @Deprecated
  @Override
  public void setUnicodeStream(int parameterIndex, InputStream x, int length)
      throws SQLException {
    run(() -> prepared.setUnicodeStream(parameterIndex, x, length));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, int length)
      throws SQLException {
    run(() -> prepared.setBinaryStream(parameterIndex, x, length));
  }

  @Override
  public void clearParameters() throws SQLException {
    run(prepared::clearParameters);
  }

  /** The value is converted to what the parameter's place takes, whatever the type named. */
  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    if (x == null) {
      setNull(parameterIndex, targetSqlType);
    } else {
      bind(parameterIndex, x);
    }
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length)
      throws SQLException {
    run(() -> prepared.setCharacterStream(parameterIndex, reader, length));
  }

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    run(() -> prepared.setRef(parameterIndex, x));
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    run(() -> prepared.setBlob(parameterIndex, x));
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    run(() -> prepared.setClob(parameterIndex, x));
  }

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    run(() -> prepared.setArray(parameterIndex, x));
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
    run(() -> prepared.setDate(parameterIndex, x, cal));
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
    run(() -> prepared.setTime(parameterIndex, x, cal));
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal)
      throws SQLException {
    run(() -> prepared.setTimestamp(parameterIndex, x, cal));
  }

  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    run(() -> prepared.setNull(parameterIndex, sqlType, typeName));
  }

  @Override
  public void setURL(int parameterIndex, URL x) throws SQLException {
    run(() -> prepared.setURL(parameterIndex, x));
  }

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    run(() -> prepared.setRowId(parameterIndex, x));
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    run(() -> prepared.setNString(parameterIndex, value));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length)
      throws SQLException {
    run(() -> prepared.setNCharacterStream(parameterIndex, value, length));
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    run(() -> prepared.setNClob(parameterIndex, value));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    run(() -> prepared.setClob(parameterIndex, reader, length));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length)
      throws SQLException {
    run(() -> prepared.setBlob(parameterIndex, inputStream, length));
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    run(() -> prepared.setNClob(parameterIndex, reader, length));
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    run(() -> prepared.setSQLXML(parameterIndex, xmlObject));
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
      throws SQLException {
    boolean decimal = targetSqlType == Types.DECIMAL || targetSqlType == Types.NUMERIC;
    setObject(parameterIndex, decimal && x instanceof BigDecimal number
        ? number.setScale(scaleOrLength, RoundingMode.HALF_UP)
        : x, targetSqlType);
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length)
      throws SQLException {
    run(() -> prepared.setAsciiStream(parameterIndex, x, length));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length)
      throws SQLException {
    run(() -> prepared.setBinaryStream(parameterIndex, x, length));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length)
      throws SQLException {
    run(() -> prepared.setCharacterStream(parameterIndex, reader, length));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    run(() -> prepared.setAsciiStream(parameterIndex, x));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    run(() -> prepared.setBinaryStream(parameterIndex, x));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    run(() -> prepared.setCharacterStream(parameterIndex, reader));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    run(() -> prepared.setNCharacterStream(parameterIndex, value));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    run(() -> prepared.setClob(parameterIndex, reader));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    run(() -> prepared.setBlob(parameterIndex, inputStream));
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    run(() -> prepared.setNClob(parameterIndex, reader));
  }
}
