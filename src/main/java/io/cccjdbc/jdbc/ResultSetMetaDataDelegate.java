package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.SqlErrors.call;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The columns of a result set, as Calcite describes them; errors go through {@link SqlErrors},
 * and {@code unwrap} never hands out Calcite's object (which would reach its statement).
 */
final class ResultSetMetaDataDelegate implements ResultSetMetaData {

  private final ResultSetMetaData metaData;

  ResultSetMetaDataDelegate(ResultSetMetaData metaData) {
    this.metaData = metaData;
  }

  @Override
  public int getColumnCount() throws SQLException {
    return call(metaData::getColumnCount);
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    return call(() -> metaData.isAutoIncrement(column));
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return call(() -> metaData.isCaseSensitive(column));
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    return call(() -> metaData.isSearchable(column));
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    return call(() -> metaData.isCurrency(column));
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return call(() -> metaData.isNullable(column));
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return call(() -> metaData.isSigned(column));
  }

  /** A date's or time's is the length of its text; a text's, the longest the engine types. */
  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return call(() -> {
      int type = metaData.getColumnType(column);
      if (TypeSizes.isDateTime(type) || TypeSizes.isText(type)) {
        return TypeSizes.size(type, metaData.getPrecision(column));
      }
      return metaData.getColumnDisplaySize(column);
    });
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return call(() -> metaData.getColumnLabel(column));
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return call(() -> metaData.getColumnName(column));
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    return call(() -> metaData.getSchemaName(column));
  }

  /**
   * As {@link java.sql.DatabaseMetaData#getColumns}' {@code COLUMN_SIZE}: for a date or time the
   * length of its text, where Calcite gives the digits of its fraction.
   */
  @Override
  public int getPrecision(int column) throws SQLException {
    return call(() -> TypeSizes.size(metaData.getColumnType(column),
        metaData.getPrecision(column)));
  }

  /** A time's or timestamp's scale is the digits of its fraction, as in PostgreSQL and H2. */
  @Override
  public int getScale(int column) throws SQLException {
    return call(() -> {
      int type = metaData.getColumnType(column);
      return TypeSizes.hasFraction(type) ? metaData.getPrecision(column)
          : metaData.getScale(column);
    });
  }

  @Override
  public String getTableName(int column) throws SQLException {
    return call(() -> metaData.getTableName(column));
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    return call(() -> metaData.getCatalogName(column));
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return call(() -> metaData.getColumnType(column));
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return call(() -> metaData.getColumnTypeName(column));
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    return call(() -> metaData.isReadOnly(column));
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    return call(() -> metaData.isWritable(column));
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    return call(() -> metaData.isDefinitelyWritable(column));
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return call(() -> metaData.getColumnClassName(column));
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Unsupported.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type != null && type.isInstance(this);
  }
}
