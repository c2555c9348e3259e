package io.cccjdbc.calcite;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's defaults, changed where they would give numbers PostgreSQL and H2 do not:
 * Calcite keeps the argument's type for {@code SUM} (so a sum of INTEGERs wraps past 2^31)
 * and for {@code AVG}, {@code STDDEV_*}, {@code VAR_*} and {@code COVAR_*} (so the mean of
 * 3 and 4 is 3). Here a sum of small integers is a BIGINT, those statistics of integers are
 * DOUBLE (as in H2), and of DECIMALs keep ten more digits after the point (as in H2).
 * The branches of a {@code CASE} or {@code UNION} of strings of different lengths give a
 * VARCHAR, so {@code 'up'} does not come back as {@code 'up  '}.
 */
public final class CccTypeSystem extends RelDataTypeSystemImpl {

  public static final CccTypeSystem INSTANCE = new CccTypeSystem();

  /** Digits after the point a statistic of DECIMALs adds to its argument's. */
  private static final int STATISTIC_EXTRA_SCALE = 10;

  private CccTypeSystem() {
  }

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    return switch (argumentType.getSqlTypeName()) {
      case TINYINT, SMALLINT, INTEGER -> sameNullability(typeFactory,
          typeFactory.createSqlType(SqlTypeName.BIGINT), argumentType);
      default -> super.deriveSumType(typeFactory, argumentType);
    };
  }

  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    return statistic(typeFactory, argumentType);
  }

  @Override
  public RelDataType deriveCovarType(RelDataTypeFactory typeFactory, RelDataType arg0Type,
      RelDataType arg1Type) {
    return statistic(typeFactory, arg0Type);
  }

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }

  private RelDataType statistic(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    return switch (argumentType.getSqlTypeName()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT -> sameNullability(typeFactory,
          typeFactory.createSqlType(SqlTypeName.DOUBLE), argumentType);
      case DECIMAL -> {
        int maxPrecision = getMaxPrecision(SqlTypeName.DECIMAL);
        int scale = Math.min(argumentType.getScale() + STATISTIC_EXTRA_SCALE,
            getMaxScale(SqlTypeName.DECIMAL));
        int precision = Math.min(Math.max(argumentType.getPrecision() + STATISTIC_EXTRA_SCALE,
            scale + 1), maxPrecision);
        yield sameNullability(typeFactory,
            typeFactory.createSqlType(SqlTypeName.DECIMAL, precision, scale), argumentType);
      }
      default -> argumentType;
    };
  }

  private static RelDataType sameNullability(RelDataTypeFactory typeFactory, RelDataType type,
      RelDataType like) {
    return typeFactory.createTypeWithNullability(type, like.isNullable());
  }
}
