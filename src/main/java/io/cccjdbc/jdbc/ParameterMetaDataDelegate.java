package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.SqlErrors.call;

import java.sql.ParameterMetaData;
import java.sql.SQLException;

/**
 * The parameters of a prepared statement, as Calcite infers them; errors go through
 * {@link SqlErrors}, and {@code unwrap} never hands out Calcite's object.
 */
final class ParameterMetaDataDelegate implements ParameterMetaData {

  private final ParameterMetaData metaData;

  ParameterMetaDataDelegate(ParameterMetaData metaData) {
    this.metaData = metaData;
  }

  @Override
  public int getParameterCount() throws SQLException {
    return call(metaData::getParameterCount);
  }

  @Override
  public int isNullable(int param) throws SQLException {
    return call(() -> metaData.isNullable(param));
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    return call(() -> metaData.isSigned(param));
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    return call(() -> metaData.getPrecision(param));
  }

  @Override
  public int getScale(int param) throws SQLException {
    return call(() -> metaData.getScale(param));
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    return call(() -> metaData.getParameterType(param));
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    return call(() -> metaData.getParameterTypeName(param));
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    return call(() -> metaData.getParameterClassName(param));
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    return call(() -> metaData.getParameterMode(param));
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
