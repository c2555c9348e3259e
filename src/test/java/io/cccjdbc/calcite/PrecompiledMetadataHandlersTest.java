package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.ChildJvm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.ChainedRelMetadataProvider;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataDef;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.ReflectiveRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;
import org.junit.jupiter.api.Test;

/**
 * Calcite's metadata handlers as the build compiled them: used for every handler a metadata
 * query asks for, answering as Janino's, and Janino's where the build's do not fit.
 */
class PrecompiledMetadataHandlersTest {

  private static final Pattern LOADED_CLASS = Pattern.compile("\\[class,load\\s*\\] (\\S+) ");

  @Test
  void everyHandlerAMetadataQueryAsksForIsTheBuildsClass() {
    Map<Class<?>, MetadataHandler<?>> given = handlersGivenToAQuery(
        PrecompiledMetadataHandlers.of(DefaultRelMetadataProvider.INSTANCE));

    assertTrue(given.size() > 20, "RelMetadataQuery asks for its handlers: " + given.keySet());
    given.forEach((handlerClass, handler) -> {
      assertEquals(PrecompiledMetadataHandlers.PACKAGE + "."
          + handlerClass.getName().substring(handlerClass.getName().lastIndexOf('.') + 1)
          .replace('$', '_'), handler.getClass().getName());
      assertSame(PrecompiledMetadataHandlers.class.getClassLoader(),
          handler.getClass().getClassLoader(), "compiled with the driver, not by Janino");
    });
  }

  @Test
  void eachHandlerIsOneInstanceAcrossQueriesAndProvidersWithTheSameHandlers() {
    RelMetadataProvider chain = ChainedRelMetadataProvider.of(
        List.of(DefaultRelMetadataProvider.INSTANCE));
    Map<Class<?>, MetadataHandler<?>> first = handlersGivenToAQuery(
        PrecompiledMetadataHandlers.of(DefaultRelMetadataProvider.INSTANCE));
    Map<Class<?>, MetadataHandler<?>> second =
        handlersGivenToAQuery(PrecompiledMetadataHandlers.of(chain));

    first.forEach((handlerClass, handler) -> assertSame(handler, second.get(handlerClass)));
  }

  @Test
  void aHandlerListOtherThanTheBuildsFallsBackToJaninoAndStillAnswers() {
    RelMetadataProvider provider = ChainedRelMetadataProvider.of(List.of(
        ReflectiveRelMetadataProvider.reflectiveSource(new FixedRowCount(),
            BuiltInMetadata.RowCount.Handler.class),
        DefaultRelMetadataProvider.INSTANCE));
    PrecompiledMetadataHandlers handlers = PrecompiledMetadataHandlers.of(provider);
    RelNode values = relBuilder().values(new String[] {"a"}, 1, 2, 3).build();

    RelMetadataQuery mq = new RelMetadataQuery(handlers);

    assertFalse(handlers.isPrecompiled(BuiltInMetadata.RowCount.Handler.class));
    assertTrue(handlers.isPrecompiled(BuiltInMetadata.MaxRowCount.Handler.class));
    assertEquals(FixedRowCount.ROWS, mq.getRowCount(values));
    assertEquals(3.0, mq.getMaxRowCount(values));
    BuiltInMetadata.RowCount.Handler revised =
        handlers.revise(BuiltInMetadata.RowCount.Handler.class);
    assertNotEquals(PrecompiledMetadataHandlers.class.getClassLoader(),
        revised.getClass().getClassLoader(), "Janino's: " + revised.getClass());
  }

  @Test
  void answersAreJaninosForEveryNodeOfAPlan() {
    RelBuilder builder = relBuilder();
    RelNode plan = builder
        .values(new String[] {"k", "v"}, 1, 10, 2, 20, 2, 30, 3, 40)
        .filter(builder.call(SqlStdOperatorTable.GREATER_THAN, builder.field("v"),
            builder.literal(15)))
        .values(new String[] {"k2", "w"}, 2, 5, 3, 6)
        .join(JoinRelType.LEFT,
            builder.equals(builder.field(2, 0, "k"), builder.field(2, 1, "k2")))
        .aggregate(builder.groupKey("k"), builder.count(false, "c"),
            builder.sum(builder.field("w")))
        .sort(builder.desc(builder.field("c")))
        .limit(0, 2)
        .build();
    RelMetadataQuery precompiled =
        new RelMetadataQuery(PrecompiledMetadataHandlers.of(DefaultRelMetadataProvider.INSTANCE));
    RelMetadataQuery janino =
        new RelMetadataQuery(JaninoRelMetadataProvider.of(DefaultRelMetadataProvider.INSTANCE));

    List<RelNode> nodes = nodesOf(plan);
    assertTrue(nodes.size() >= 6, plan.explain());
    Map<String, BiFunction<RelMetadataQuery, RelNode, Object>> questions = Map.of(
        "row count", (mq, rel) -> mq.getRowCount(rel),
        "max row count", (mq, rel) -> mq.getMaxRowCount(rel),
        "min row count", (mq, rel) -> mq.getMinRowCount(rel),
        "cumulative cost", (mq, rel) -> String.valueOf(mq.getCumulativeCost(rel)),
        "own cost", (mq, rel) -> String.valueOf(mq.getNonCumulativeCost(rel)),
        "collations", (mq, rel) -> mq.collations(rel),
        "unique keys", (mq, rel) -> mq.getUniqueKeys(rel),
        "predicates", (mq, rel) -> mq.getPulledUpPredicates(rel).toString(),
        "row size", (mq, rel) -> mq.getAverageRowSize(rel),
        "distinct first column", (mq, rel) ->
            mq.getDistinctRowCount(rel, ImmutableBitSet.of(0), null));
    for (Map.Entry<String, BiFunction<RelMetadataQuery, RelNode, Object>> question
        : questions.entrySet()) {
      for (RelNode node : nodes) {
        Object expected = question.getValue().apply(janino, node);
        assertEquals(expected, question.getValue().apply(precompiled, node),
            question.getKey() + " of " + node.explain());
      }
    }
  }

  /** The proof on the driver's whole planning path: a new JVM's queries compile no handler. */
  @Test
  void aNewJvmsFirstQueriesCompileNoMetadataHandler() {
    ChildJvm.Result result = ChildJvm.run(Duration.ofSeconds(120), "-Xlog:class+load=info",
        FirstQueries.class.getName());

    assertFalse(result.timedOut(), result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains(FirstQueries.DONE), result.output());
    List<String> loaded = new ArrayList<>();
    Matcher matcher = LOADED_CLASS.matcher(result.output());
    while (matcher.find()) {
      loaded.add(matcher.group(1));
    }
    assertTrue(loaded.stream().anyMatch(c -> c.startsWith(PrecompiledMetadataHandlers.PACKAGE
        + ".BuiltInMetadata_CumulativeCost_Handler")), "the build's handlers were used");
    assertEquals(List.of(), loaded.stream()
        .filter(c -> c.startsWith("org.apache.calcite.rel.metadata.janino.GeneratedMetadata_"))
        .toList(), "handlers compiled by Janino");
  }

  /** Planned through the driver in a new JVM: joins, aggregation, sorting, a constant. */
  public static final class FirstQueries {
    static final String DONE = "first queries done";

    public static void main(String[] args) throws SQLException {
      try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true");
          Statement statement = connection.createStatement()) {
        for (String sql : List.of(
            "SELECT i.name, COUNT(*) AS numbers FROM instances i"
                + " JOIN numbers n ON n.instance_id = i.instance_id"
                + " WHERE i.instance_id IN ('ccc-test', 'ccc-hz-service')"
                + " GROUP BY i.name ORDER BY numbers DESC, i.name",
            "SELECT number, 1 + 2 AS three FROM numbers WHERE instance_id = 'ccc-test'"
                + " AND number NOT IN (SELECT number FROM numbers WHERE active)")) {
          try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
              rows.getObject(1);
            }
          }
        }
      }
      System.out.println(DONE);
    }
  }

  /**
   * A row count handler of its own, which the build's classes were not generated for; for
   * {@link LogicalValues}, which Calcite's own handles less specifically (as {@code Values}).
   */
  public static final class FixedRowCount implements MetadataHandler<BuiltInMetadata.RowCount> {
    static final Double ROWS = 42.0;

    @Override
    public MetadataDef<BuiltInMetadata.RowCount> getDef() {
      return BuiltInMetadata.RowCount.DEF;
    }

    public Double getRowCount(LogicalValues rel, RelMetadataQuery mq) {
      return ROWS;
    }
  }

  private static Map<Class<?>, MetadataHandler<?>> handlersGivenToAQuery(
      MetadataHandlerProvider provider) {
    Map<Class<?>, MetadataHandler<?>> given = new LinkedHashMap<>();
    new RelMetadataQuery(new MetadataHandlerProvider() {
      @Override
      public <H extends MetadataHandler<?>> H handler(Class<H> handlerClass) {
        H handler = provider.handler(handlerClass);
        given.put(handlerClass, handler);
        return handler;
      }
    });
    return given;
  }

  private static RelBuilder relBuilder() {
    JavaTypeFactoryImpl types = new JavaTypeFactoryImpl(RelDataTypeSystem.DEFAULT);
    RelOptCluster cluster = RelOptCluster.create(
        new HepPlanner(HepProgram.builder().build()), new RexBuilder(types));
    return RelFactories.LOGICAL_BUILDER.create(cluster, null);
  }

  private static List<RelNode> nodesOf(RelNode plan) {
    List<RelNode> nodes = new ArrayList<>();
    plan.getInputs().forEach(input -> nodes.addAll(nodesOf(input)));
    nodes.add(plan);
    return nodes;
  }
}
