package io.cccjdbc.calcite;

import com.google.common.base.Throwables;
import io.cccjdbc.calcite.parser.CccSqlParserImpl;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.interpreter.BindableConvention;
import org.apache.calcite.interpreter.Bindables;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptListener;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.ConvertToChecked;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.tools.Program;

/**
 * Calcite's preparation with what instance-id pushdown needs: IN lists of any length stay
 * a filter (Calcite otherwise turns 20 or more literals into a join against VALUES), a
 * filter on one side of a join on {@code instance_id} is copied to the other side, and
 * the pushdown rule itself. Around it, what makes SQL mean what it means in PostgreSQL:
 * checked arithmetic, JDBC escapes, labels and parameter types ({@link CccSqlValidator}),
 * and planning that stops at the statement's timeout or cancel ({@link PlanningLimits}).
 */
public final class CccPrepare extends CalcitePrepareImpl {

  private static final Program PUSHDOWN = PlannerPrograms.pushdown();

  /**
   * Before Calcite's program: integer and DECIMAL arithmetic that fails on overflow rather
   * than wrapping, as in PostgreSQL (Calcite checks it only where the conformance asks, and
   * none of the conformances that ask is otherwise close to what BI tools send); then the
   * constant expressions computed, so that one that cannot be fails now.
   */
  private static final Program CHECKED = (planner, rel, traits, materializations, lattices) -> {
    PlanningLimits.check();
    RelNode checked = new ConvertToChecked(rel.getCluster().getRexBuilder(), true).visit(rel);
    ConstantExpressions.compute(checked);
    return checked;
  };

  private static final Program CHECKPOINT = (planner, rel, traits, materializations, lattices) -> {
    PlanningLimits.check();
    return rel;
  };

  private static final Program REWRITES = (planner, rel, traits, materializations, lattices) ->
      rel.accept(new EnumerableRewrites());

  /** The statement being planned with its literals made parameters; null otherwise. */
  private NormalisedStatement normalised;

  /**
   * Calcite's planner set-up with the driver's rules ({@link PlannerRules}) in place of
   * Calcite's default ones.
   */
  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.Context externalContext, RelOptCostFactory costFactory) {
    VolcanoPlanner planner = new VolcanoPlanner(costFactory,
        externalContext != null ? externalContext : Contexts.of(prepareContext.config()));
    planner.setExecutor(new RexExecutorImpl(DataContexts.EMPTY));
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
    planner.setTopDownOpt(prepareContext.config().topDownOpt());
    PlannerRules.COST_BASED.forEach(planner::addRule);
    if (enableBindable) {
      Bindables.RULES.forEach(planner::addRule);
      planner.addRule(EnumerableRules.TO_BINDABLE);
    }
    RelOptListener limits = PlanningLimits.listener();
    if (limits != null) {
      planner.addListener(limits);
    }
    return planner;
  }

  /**
   * Calcite's preparation, through the plan cache, of the SQL with its JDBC escapes made
   * readable ({@link JdbcEscapes}); a statement that differs from one planned before only in
   * literals {@link LiteralNormaliser} makes parameters reuses that plan. Every failure is an
   * exception with a message: SQL nested too deeply for the planner's stack is
   * {@code TOO_COMPLEX} rather than a {@link StackOverflowError}, and a reserved word where a
   * name was expected is named ({@link ReservedWords}).
   */
  @Override
  public <T> CalciteSignature<T> prepareSql(CalcitePrepare.Context context, Query<T> query,
      Type elementType, long maxRowCount) {
    if (query.sql == null) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    String sql = JdbcEscapes.unbrace(query.sql);
    Query<T> readable = sql.equals(query.sql) ? query : Query.of(sql);
    try {
      PlanningLimits.check();
      return PlanCache.get(context.getMutableRootSchema(), sql, context.getDefaultSchemaPath(),
          elementType, maxRowCount, new PlanCache.Planning<>() {
            @Override
            public NormalisedStatement normalise() {
              SqlNode tree = parse(context.config(), sql);
              return tree == null
                  ? null
                  : LiteralNormaliser.normalise(sql, tree, context.getTypeFactory());
            }

            @Override
            public CalciteSignature<T> plan(NormalisedStatement statement) {
              normalised = statement;
              try {
                return CccPrepare.super.prepareSql(context, readable, elementType, maxRowCount);
              } finally {
                normalised = null;
              }
            }
          });
    } catch (StackOverflowError e) {
      throw tooComplex(e);
    } catch (AssertionError e) {
      // Calcite's way of saying it cannot handle a statement; an Error would escape JDBC.
      throw new IllegalStateException("Calcite could not prepare this statement: "
          + e.getMessage(), e);
    } catch (RuntimeException e) {
      List<Throwable> causes = Throwables.getCausalChain(e);
      if (causes.stream().anyMatch(StackOverflowError.class::isInstance)) {
        throw tooComplex(e);
      }
      SqlParseException reserved = causes.stream()
          .filter(SqlParseException.class::isInstance).map(SqlParseException.class::cast)
          .map(ReservedWords::explained).filter(Objects::nonNull).findFirst().orElse(null);
      if (reserved != null) {
        throw new IllegalArgumentException(reserved.getMessage(), reserved);
      }
      throw e;
    }
  }

  /** The statement as Calcite's preparation parses it; null if it does not parse. */
  private SqlNode parse(CalciteConnectionConfig config, String sql) {
    try {
      return SqlParser.create(sql, parserConfig(config)).parseStmt();
    } catch (SqlParseException e) {
      // Planned as written, the statement fails with the parser's own message.
      return null;
    }
  }

  /** The parser settings Calcite's preparation takes from the connection. */
  private SqlParser.Config parserConfig(CalciteConnectionConfig config) {
    SqlParser.Config parserConfig = parserConfig()
        .withQuotedCasing(config.quotedCasing())
        .withUnquotedCasing(config.unquotedCasing())
        .withQuoting(config.quoting())
        .withConformance(config.conformance())
        .withCaseSensitive(config.caseSensitive());
    SqlParserImplFactory factory = config.parserFactory(SqlParserImplFactory.class, null);
    return factory == null ? parserConfig : parserConfig.withParserFactory(factory);
  }

  /** While a normalised statement is planned, its tree stands for its text. */
  @Override
  protected SqlParser createParser(String sql, SqlParser.Config parserConfig) {
    NormalisedStatement statement = normalised;
    if (statement == null) {
      return super.createParser(sql, parserConfig);
    }
    return SqlParser.create(sql, parserConfig.withParserFactory(reader ->
        new CccSqlParserImpl(reader) {
          @Override
          public SqlNode parseSqlStmtEof() {
            return statement.tree();
          }
        }));
  }

  private static SqlStatementException tooComplex(Throwable e) {
    return new SqlStatementException(SqlStatementException.Reason.TOO_COMPLEX,
        "The statement is nested too deeply to be planned (a long chain of NOT, AND, OR or"
            + " parentheses); simplify it, e.g. write a list of alternatives as IN (...)", e);
  }

  /** Calcite's cluster, with metadata handlers the build compiled rather than Janino. */
  @Override
  protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
    RelOptCluster cluster = super.createCluster(planner, rexBuilder);
    cluster.setMetadataQuerySupplier(() -> PrecompiledMetadataHandlers.query(cluster));
    return cluster;
  }

  @Override
  protected CalcitePreparingStmt getPreparingStmt(CalcitePrepare.Context context, Type elementType,
      CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    EnumerableRel.Prefer prefer = elementType == Object[].class
        ? EnumerableRel.Prefer.ARRAY
        : EnumerableRel.Prefer.CUSTOM;
    Convention resultConvention = enableBindable
        ? BindableConvention.INSTANCE
        : EnumerableConvention.INSTANCE;
    return new PreparingStmt(this, context, catalogReader, prefer,
        createCluster(planner, new RexBuilder(context.getTypeFactory())), resultConvention);
  }

  private final class PreparingStmt extends CalcitePreparingStmt {
    PreparingStmt(CalcitePrepareImpl prepare, CalcitePrepare.Context context,
        CalciteCatalogReader catalogReader, EnumerableRel.Prefer prefer,
        org.apache.calcite.plan.RelOptCluster cluster, Convention resultConvention) {
      super(prepare, context, catalogReader, context.getTypeFactory(), context.getRootSchema(),
          prefer, cluster, resultConvention, createConvertletTable());
    }

    /**
     * Calcite's standard program, after checked arithmetic and one quick pass that moves
     * filters down and across joins on {@code instance_id} into the scans (done once here, it
     * costs a fraction of what the cost-based planner spends exploring the same rewrites),
     * and before {@link EnumerableRewrites}; the statement's limits are checked in between.
     */
    @Override
    protected Program getProgram() {
      return PlannerPrograms.sequence(CHECKED, PUSHDOWN, CHECKPOINT, PlannerPrograms.STANDARD,
          CHECKPOINT, REWRITES);
    }

    /** Calcite's validator set-up, with {@link CccSqlValidator} in place of its own. */
    @Override
    protected SqlValidator createSqlValidator(CatalogReader catalogReader,
        UnaryOperator<SqlValidator.Config> configTransform) {
      CalciteConnectionConfig config = context.config();
      SqlOperatorTable operators = SqlOperatorTables.chain(
          config.fun(SqlOperatorTable.class, SqlStdOperatorTable.instance()), catalogReader);
      return new CccSqlValidator(operators, (CalciteCatalogReader) catalogReader,
          context.getTypeFactory(), configTransform.apply(SqlValidator.Config.DEFAULT
              .withLenientOperatorLookup(config.lenientOperatorLookup())
              .withConformance(config.conformance())
              .withDefaultNullCollation(config.defaultNullCollation())
              .withIdentifierExpansion(true)), normalised);
    }

    @Override
    protected SqlToRelConverter getSqlToRelConverter(SqlValidator validator,
        CatalogReader catalogReader, SqlToRelConverter.Config config) {
      return super.getSqlToRelConverter(validator, catalogReader,
          config.withInSubQueryThreshold(Integer.MAX_VALUE));
    }
  }
}
