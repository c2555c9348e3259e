package io.cccjdbc.calcite;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * Plans of recently run SQL, per connection: a statement whose text was planned before
 * skips parsing, planning and compiling, and one that differs from a statement planned before
 * only in literals {@link LiteralNormaliser} makes parameters skips all but parsing: its
 * literals are bound to the plan of their shape ({@link NormalisedStatement}). A plan is tied
 * to its connection's schema (the tables that fetch with that connection's credentials), so
 * connections never share one; the key is the connection's root schema itself, not the
 * snapshot each planning sees.
 *
 * <p>Planning runs on the caller's thread and outside the cache, so that it stops at that
 * statement's own timeout and cancel, and its failure (an Error, for SQL nested too deeply)
 * reaches the caller as it was thrown; two statements planning the same new SQL at once both
 * plan it.
 *
 * <p>A shape whose plan with parameters cannot be made (a literal the validator needs as a
 * literal, {@link NormalisedStatement.LiteralNeeded}, or any other failure) is remembered:
 * its statements are planned as written, each once, and the error a statement has is the
 * one its own text gives.
 */
final class PlanCache {

  /** Plans kept per connection, of texts and of shapes; BI tools repeat a small set. */
  private static final int PLANS_PER_CONNECTION = 200;

  /** How a statement is planned, as written or with its literals made parameters. */
  interface Planning<T> {
    /** The statement with its literals made parameters; null if none can be. */
    NormalisedStatement normalise();

    /** Plans the statement as written ({@code null}) or normalised. */
    CalciteSignature<T> plan(NormalisedStatement statement);
  }

  private record Key(Object sql, List<String> defaultSchema, Type elementType,
      long maxRowCount) {
  }

  /** One connection's plans: by text, and by shape (empty where planned as written). */
  private record Plans(Cache<Key, CalciteSignature<?>> texts,
      Cache<Key, Optional<CalciteSignature<?>>> shapes) {
  }

  private static final Cache<CalciteSchema, Plans> CONNECTIONS =
      CacheBuilder.newBuilder().weakKeys().build();

  private PlanCache() {
  }

  @SuppressWarnings("unchecked")
  static <T> CalciteSignature<T> get(CalciteSchema root, String sql, List<String> defaultSchema,
      Type elementType, long maxRowCount, Planning<T> planning) {
    Plans plans = CONNECTIONS.asMap().computeIfAbsent(root, schema -> new Plans(
        CacheBuilder.newBuilder().maximumSize(PLANS_PER_CONNECTION).build(),
        CacheBuilder.newBuilder().maximumSize(PLANS_PER_CONNECTION).build()));
    List<String> schema = List.copyOf(defaultSchema);
    Key key = new Key(sql, schema, elementType, maxRowCount);
    CalciteSignature<?> cached = plans.texts().getIfPresent(key);
    if (cached != null) {
      return (CalciteSignature<T>) cached;
    }
    NormalisedStatement normalised = planning.normalise();
    CalciteSignature<T> planned = normalised == null
        ? planning.plan(null)
        : shared(plans.shapes(), new Key(normalised.key(), schema, elementType, maxRowCount),
            normalised, sql, planning);
    plans.texts().put(key, planned);
    return planned;
  }

  @SuppressWarnings("unchecked")
  private static <T> CalciteSignature<T> shared(Cache<Key, Optional<CalciteSignature<?>>> shapes,
      Key key, NormalisedStatement normalised, String sql, Planning<T> planning) {
    Optional<CalciteSignature<?>> cached = shapes.getIfPresent(key);
    if (cached != null) {
      return cached.isPresent()
          ? normalised.bind((CalciteSignature<T>) cached.get(), sql)
          : planning.plan(null);
    }
    CalciteSignature<T> plan;
    try {
      plan = planning.plan(normalised);
    } catch (RuntimeException | AssertionError e) {
      if (Throwables.getCausalChain(e).stream()
          .anyMatch(SqlStatementException.class::isInstance)) {
        // Canceled, timed out: the statement's own fate, not its shape's.
        throw e;
      }
      shapes.put(key, Optional.empty());
      return planning.plan(null);
    }
    shapes.put(key, Optional.of(plan));
    return normalised.bind(plan, sql);
  }
}
