package io.cccjdbc.calcite;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * Plans of recently run SQL, per connection: a statement whose text was planned before
 * skips parsing, planning and compiling. A plan is tied to its connection's schema (the
 * tables that fetch with that connection's credentials), so connections never share one;
 * the key is the connection's root schema itself, not the snapshot each planning sees.
 *
 * <p>Planning runs on the caller's thread and outside the cache, so that it stops at that
 * statement's own timeout and cancel, and its failure (an Error, for SQL nested too deeply)
 * reaches the caller as it was thrown; two statements planning the same new SQL at once both
 * plan it.
 */
final class PlanCache {

  /** Plans kept per connection; BI tools repeat a small set of queries. */
  private static final int PLANS_PER_CONNECTION = 200;

  private record Key(String sql, List<String> defaultSchema, Type elementType, long maxRowCount) {
  }

  private static final Cache<CalciteSchema, Cache<Key, CalciteSignature<?>>> CONNECTIONS =
      CacheBuilder.newBuilder().weakKeys().build();

  private PlanCache() {
  }

  @SuppressWarnings("unchecked")
  static <T> CalciteSignature<T> get(CalciteSchema root, String sql, List<String> defaultSchema,
      Type elementType, long maxRowCount, Supplier<CalciteSignature<T>> plan) {
    Cache<Key, CalciteSignature<?>> plans = CONNECTIONS.asMap().computeIfAbsent(root,
        schema -> CacheBuilder.newBuilder().maximumSize(PLANS_PER_CONNECTION).build());
    Key key = new Key(sql, List.copyOf(defaultSchema), elementType, maxRowCount);
    CalciteSignature<?> cached = plans.getIfPresent(key);
    if (cached != null) {
      return (CalciteSignature<T>) cached;
    }
    CalciteSignature<T> planned = plan.get();
    plans.put(key, planned);
    return planned;
  }
}
