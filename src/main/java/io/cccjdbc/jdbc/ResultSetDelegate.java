package io.cccjdbc.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rows as they stream from the API, read through Calcite's result set. Each call is a direct
 * call on it; whatever fails (a row that could not be fetched, a value that cannot be read as
 * asked) becomes a clear SQLException through {@link SqlErrors}. {@code getObject(column, Class)}
 * converts as the JDBC specification's tables say ({@link ValueConversion}).
 */
final class ResultSetDelegate extends ForwardReadOnlyResultSet {

  private final ResultSet rows;
  private final Statement statement;
  private final AtomicBoolean canceled;
  private final ZoneId zone;
  private ResultSetMetaData metaData;

  /**
   * @param statement the statement that made the rows, or null for metadata
   * @param canceled the statement's cancel flag, or null for metadata
   * @param zone the zone whose wall clock TIMESTAMP values are in
   */
  ResultSetDelegate(ResultSet rows, Statement statement, AtomicBoolean canceled, ZoneId zone) {
    this.rows = rows;
    this.statement = statement;
    this.canceled = canceled;
    this.zone = zone;
  }

  /** Whether this reads {@code resultSet}, so that a statement hands out one wrapper per result. */
  boolean reads(ResultSet resultSet) {
    return rows == resultSet;
  }

  @Override
  public boolean next() throws SQLException {
    try {
      return rows.next();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      rows.close();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean wasNull() throws SQLException {
    try {
      return rows.wasNull();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public String getString(int columnIndex) throws SQLException {
    try {
      return rows.getString(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    try {
      return rows.getBoolean(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    try {
      return rows.getByte(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    try {
      return rows.getShort(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    try {
      return rows.getInt(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    try {
      return rows.getLong(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    try {
      return rows.getFloat(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    try {
      return rows.getDouble(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Deprecated
  @Override
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    try {
      return rows.getBigDecimal(columnIndex, scale);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    try {
      return rows.getBytes(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    try {
      return rows.getDate(columnIndex, localCalendar());
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    try {
      return rows.getTime(columnIndex, localCalendar());
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    try {
      return rows.getTimestamp(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    try {
      return rows.getAsciiStream(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Deprecated
  @Override
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    try {
      return rows.getUnicodeStream(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    try {
      return rows.getBinaryStream(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public String getString(String columnLabel) throws SQLException {
    try {
      return rows.getString(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean getBoolean(String columnLabel) throws SQLException {
    try {
      return rows.getBoolean(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public byte getByte(String columnLabel) throws SQLException {
    try {
      return rows.getByte(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public short getShort(String columnLabel) throws SQLException {
    try {
      return rows.getShort(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getInt(String columnLabel) throws SQLException {
    try {
      return rows.getInt(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public long getLong(String columnLabel) throws SQLException {
    try {
      return rows.getLong(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public float getFloat(String columnLabel) throws SQLException {
    try {
      return rows.getFloat(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public double getDouble(String columnLabel) throws SQLException {
    try {
      return rows.getDouble(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Deprecated
  @Override
  public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
    try {
      return rows.getBigDecimal(columnLabel, scale);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public byte[] getBytes(String columnLabel) throws SQLException {
    try {
      return rows.getBytes(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Date getDate(String columnLabel) throws SQLException {
    try {
      return rows.getDate(columnLabel, localCalendar());
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Time getTime(String columnLabel) throws SQLException {
    try {
      return rows.getTime(columnLabel, localCalendar());
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Timestamp getTimestamp(String columnLabel) throws SQLException {
    try {
      return rows.getTimestamp(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public InputStream getAsciiStream(String columnLabel) throws SQLException {
    try {
      return rows.getAsciiStream(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Deprecated
  @Override
  public InputStream getUnicodeStream(String columnLabel) throws SQLException {
    try {
      return rows.getUnicodeStream(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public InputStream getBinaryStream(String columnLabel) throws SQLException {
    try {
      return rows.getBinaryStream(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    try {
      return rows.getWarnings();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public void clearWarnings() throws SQLException {
    try {
      rows.clearWarnings();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    try {
      Object value = rows.getObject(columnIndex);
      if (value instanceof Date) {
        return rows.getDate(columnIndex, localCalendar());
      }
      if (value instanceof Time) {
        return rows.getTime(columnIndex, localCalendar());
      }
      return value;
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    try {
      Object value = rows.getObject(columnLabel);
      if (value instanceof Date) {
        return rows.getDate(columnLabel, localCalendar());
      }
      if (value instanceof Time) {
        return rows.getTime(columnLabel, localCalendar());
      }
      return value;
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    try {
      return rows.findColumn(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    try {
      return rows.getCharacterStream(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Reader getCharacterStream(String columnLabel) throws SQLException {
    try {
      return rows.getCharacterStream(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    try {
      return rows.getBigDecimal(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
    try {
      return rows.getBigDecimal(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    try {
      return rows.isBeforeFirst();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    try {
      return rows.isAfterLast();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isFirst() throws SQLException {
    try {
      return rows.isFirst();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getRow() throws SQLException {
    try {
      return rows.getRow();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    try {
      rows.setFetchDirection(direction);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    try {
      return rows.getFetchDirection();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public void setFetchSize(int size) throws SQLException {
    try {
      rows.setFetchSize(size);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getFetchSize() throws SQLException {
    try {
      return rows.getFetchSize();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getType() throws SQLException {
    try {
      return rows.getType();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getConcurrency() throws SQLException {
    try {
      return rows.getConcurrency();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Object getObject(int columnIndex, java.util.Map<String,Class<?>> map) throws SQLException {
    try {
      return rows.getObject(columnIndex, map);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    try {
      return rows.getRef(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    try {
      return rows.getBlob(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    try {
      return rows.getClob(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    try {
      return rows.getArray(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Object getObject(String columnLabel, java.util.Map<String,Class<?>> map)
      throws SQLException {
    try {
      return rows.getObject(columnLabel, map);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Ref getRef(String columnLabel) throws SQLException {
    try {
      return rows.getRef(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Blob getBlob(String columnLabel) throws SQLException {
    try {
      return rows.getBlob(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Clob getClob(String columnLabel) throws SQLException {
    try {
      return rows.getClob(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Array getArray(String columnLabel) throws SQLException {
    try {
      return rows.getArray(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    try {
      return rows.getDate(columnIndex, cal);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Date getDate(String columnLabel, Calendar cal) throws SQLException {
    try {
      return rows.getDate(columnLabel, cal);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    try {
      return rows.getTime(columnIndex, cal);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Time getTime(String columnLabel, Calendar cal) throws SQLException {
    try {
      return rows.getTime(columnLabel, cal);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    try {
      return rows.getTimestamp(columnIndex, cal);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
    try {
      return rows.getTimestamp(columnLabel, cal);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    try {
      return rows.getURL(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public URL getURL(String columnLabel) throws SQLException {
    try {
      return rows.getURL(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public int getHoldability() throws SQLException {
    try {
      return rows.getHoldability();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isClosed() throws SQLException {
    try {
      return rows.isClosed();
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    try {
      return rows.getNClob(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public NClob getNClob(String columnLabel) throws SQLException {
    try {
      return rows.getNClob(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    try {
      return rows.getSQLXML(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public SQLXML getSQLXML(String columnLabel) throws SQLException {
    try {
      return rows.getSQLXML(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    try {
      return rows.getNString(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public String getNString(String columnLabel) throws SQLException {
    try {
      return rows.getNString(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    try {
      return rows.getNCharacterStream(columnIndex);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public Reader getNCharacterStream(String columnLabel) throws SQLException {
    try {
      return rows.getNCharacterStream(columnLabel);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    try {
      return ValueConversion.convert(rows, columnIndex, type, zone);
    } catch (SQLException | RuntimeException | Error e) {
      throw failure(e);
    }
  }

  @Override
  public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return getObject(findColumn(columnLabel), type);
  }

  @Override
  public Statement getStatement() {
    return statement;
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    if (metaData == null) {
      try {
        metaData = new ResultSetMetaDataDelegate(rows.getMetaData());
      } catch (SQLException | RuntimeException | Error e) {
        throw failure(e);
      }
    }
    return metaData;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Unsupported.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type != null && type.isInstance(this);
  }

  @Override
  public String toString() {
    return "CccResultSet";
  }

  private SQLException failure(Throwable e) {
    return SqlErrors.translate(e, canceled);
  }

  /**
   * A DATE or TIME has no zone: as JDBC has it, its {@code java.sql} value is that day or time
   * in the JVM's zone, whatever zone the connection's timestamps are in.
   */
  private static Calendar localCalendar() {
    return Calendar.getInstance();
  }
}
