package io.cccjdbc.calcite;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite's defaults, except that the branches of a {@code CASE} or {@code UNION} of
 * strings of different lengths give a VARCHAR, so {@code 'up'} does not come back as
 * {@code 'up  '}.
 */
public final class CccTypeSystem extends RelDataTypeSystemImpl {

  public static final CccTypeSystem INSTANCE = new CccTypeSystem();

  private CccTypeSystem() {
  }

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
