package io.cccjdbc.jdbc;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.TableDef;
import io.cccjdbc.emulator.Dataset;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random SQL over the four tables (projections, filters, joins on instance_id, aggregates and
 * statistics of INTEGER columns, JDBC escapes, pages bound as ORMs bind them), run through the
 * driver and through H2 on the same data: the rows must be the same, and an unaliased column
 * must have PostgreSQL's label. Each query's shape is run first with other literals, so that
 * the query itself runs the plan made for its sibling (literals of one shape share a plan). The
 * seed is in every failure message; set {@code -Dccc.fuzz.seed=N} to replay one run.
 */
class RandomSqlTest {

  private static final int QUERIES = 300;

  private static DriverAgainstH2 demo;
  private static DriverAgainstH2 quirky;

  @BeforeAll
  static void start() throws SQLException {
    demo = DriverAgainstH2.start(Dataset.demo());
    quirky = DriverAgainstH2.start(QuirkyDataset.create());
  }

  @AfterAll
  static void stop() throws SQLException {
    demo.close();
    quirky.close();
  }

  @Test
  void randomQueriesGiveTheSameRowsAsH2() throws SQLException {
    long seed = Long.getLong("ccc.fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int i = 0; i < QUERIES; i++) {
      long shape = random.nextLong();
      ComparedQuery sibling = new Generator(new Random(shape), new Random(random.nextLong()))
          .query();
      ComparedQuery query = new Generator(new Random(shape), new Random(random.nextLong()))
          .query();
      DriverAgainstH2 target = i % 2 == 0 ? demo : quirky;
      try {
        target.assertSameRows(sibling);
        target.assertSameRows(query);
      } catch (AssertionError | SQLException e) {
        throw new AssertionError("query " + i + " of seed " + seed + " (-Dccc.fuzz.seed=" + seed
            + "): " + query + ", after " + sibling, e);
      }
    }
  }

  /**
   * One random query; every choice comes from the seeded randoms: the shape's from one, the
   * literals' values from the other.
   */
  private static final class Generator {
    private static final String[] TEXT_PROBES =
        {"ccc-test", "四川", "乐山", "Admin", "", "test", "ON_SITE", "Bidirection", "RUNNING",
            "Ready", "AUDIO", "CHAT", "MAIN_FLOW", "presales@ccc-hz-service", "Agent"};

    private static final String[] INSTANCE_IDS = {"ccc-test", "ccc-hz-service", "ccc-missing",
        "Q-1", "ccc-cd-ops", "ccc-global-sales"};

    private static final List<String> STATISTICS = List.of("AVG", "SUM", "STDDEV_SAMP",
        "STDDEV_POP", "VAR_SAMP", "VAR_POP", "MIN", "MAX");

    private final Random random;
    private final Random values;

    Generator(Random shape, Random values) {
      this.random = shape;
      this.values = values;
    }

    ComparedQuery query() {
      TableDef first = pick(CccTables.ALL);
      boolean join = random.nextInt(3) == 0;
      TableDef second = join ? pick(CccTables.ALL) : null;
      String from = first.name() + " a" + (join ? " JOIN " + second.name() + " b ON b.instance_id"
          + " = a.instance_id" : "");
      List<String> filters = new ArrayList<>();
      IntStream.range(0, random.nextInt(3)).forEach(n -> filters.add(filter("a", first)));
      if (join && random.nextBoolean()) {
        filters.add(filter("b", second));
      }
      String where = filters.isEmpty() ? "" : "(" + String.join(random.nextBoolean()
          ? " AND " : " OR ", filters) + ")";
      // Tables of a time window need a lower bound on their time column.
      for (String window : List.of(window("a", first), join ? window("b", second) : "")) {
        if (!window.isEmpty()) {
          where = where.isEmpty() ? window : where + " AND " + window;
        }
      }
      where = where.isEmpty() ? "" : " WHERE " + where;
      if (random.nextInt(3) == 0) {
        return aggregate(first, join ? second : null, from, where);
      }
      List<String> columns = new ArrayList<>();
      IntStream.range(0, 1 + random.nextInt(3)).forEach(n -> columns.add(
          "a." + pick(first.columns()).name() + " AS a" + n));
      if (join) {
        columns.add("b." + pick(second.columns()).name() + " AS b0");
      }
      String sql = "SELECT " + (random.nextInt(4) == 0 ? "DISTINCT " : "")
          + String.join(", ", columns) + " FROM " + from + where;
      if (random.nextInt(4) != 0) {
        return ComparedQuery.rows(sql);
      }
      // A page as jOOQ, Spring Data and MyBatis ask for one: ordered by every column, so that
      // ties are whole equal rows and the page is the same on both sides.
      String orderBy = " ORDER BY " + String.join(", ", IntStream.rangeClosed(1, columns.size())
          .mapToObj(Integer::toString).toList());
      return ComparedQuery.prepared(sql + orderBy + " LIMIT ? OFFSET ?",
          new Object[] {rowCount(), rowCount()});
    }

    /**
     * A GROUP BY with counts and, for INTEGER columns, statistics; some unaliased, so labelled
     * as PostgreSQL labels them.
     */
    private ComparedQuery aggregate(TableDef first, TableDef second, String from,
        String where) {
      ColumnDef group = pick(first.columns());
      List<String> items = new ArrayList<>(List.of("a." + group.name() + " AS g"));
      List<String> labels = new ArrayList<>(List.of("g"));
      boolean countAliased = random.nextBoolean();
      items.add("COUNT(*)" + (countAliased ? " AS n" : ""));
      labels.add(countAliased ? "n" : "count");
      items.add("COUNT(DISTINCT a.instance_id) AS i");
      labels.add("i");
      List<String> integers = new ArrayList<>();
      first.columns().stream().filter(c -> c.type() == SqlTypeName.INTEGER)
          .forEach(c -> integers.add("a." + c.name()));
      if (second != null) {
        second.columns().stream().filter(c -> c.type() == SqlTypeName.INTEGER)
            .forEach(c -> integers.add("b." + c.name()));
      }
      for (int n = 0; !integers.isEmpty() && n < 1 + random.nextInt(3); n++) {
        String function = pick(STATISTICS);
        boolean aliased = random.nextBoolean();
        items.add(function + "(" + pick(integers) + ")" + (aliased ? " AS m" + n : ""));
        labels.add(aliased ? "m" + n : function.toLowerCase(Locale.ROOT));
      }
      String sql = "SELECT " + String.join(", ", items) + " FROM " + from + where
          + " GROUP BY a." + group.name();
      return ComparedQuery.labelled(sql, labels.toArray(new String[0]));
    }

    /** A LIMIT or OFFSET as some ORM binds it. */
    private Object rowCount() {
      int count = values.nextInt(6);
      return switch (random.nextInt(4)) {
        case 0 -> (long) count;
        case 1 -> BigDecimal.valueOf(count);
        case 2 -> (short) count;
        default -> count;
      };
    }

    /** {@code alias.column >= ...} for a table's time column, or "" if it has none. */
    private String window(String alias, TableDef table) {
      return table.timeColumn()
          .map(time -> alias + "." + time + " >= TIMESTAMP '"
              + LocalDate.now().minusDays(1 + values.nextInt(40)) + " 00:00:00'")
          .orElse("");
    }

    private String filter(String alias, TableDef table) {
      ColumnDef column = pick(table.columns());
      String ref = alias + "." + column.name();
      if (random.nextInt(5) == 0) {
        return ref + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
      }
      if (column.type() == SqlTypeName.BOOLEAN) {
        return random.nextBoolean() ? ref : "NOT " + ref;
      }
      if (column.type() == SqlTypeName.INTEGER) {
        String value = switch (random.nextInt(4)) {
          case 0 -> "{fn MOD(" + ref + ", 3)}";
          case 1 -> "{fn ABS(" + ref + " - 2)}";
          default -> ref;
        };
        return value + " " + pick(List.of("=", "<>", "<", ">=")) + " " + values.nextInt(4);
      }
      if (column.type() == SqlTypeName.BIGINT || column.type() == SqlTypeName.DOUBLE) {
        return ref + " " + pick(List.of("=", "<>", "<", ">=")) + " " + values.nextInt(4);
      }
      if (column.type() == SqlTypeName.TIMESTAMP) {
        return ref + " " + pick(List.of("<", ">=")) + " TIMESTAMP '2023-0" + (1 + values.nextInt(9))
            + "-15 12:00:00'";
      }
      if (column.name().equals("instance_id") && random.nextBoolean()) {
        return ref + " IN (" + IntStream.range(0, 4)
            .mapToObj(n -> "'" + INSTANCE_IDS[values.nextInt(INSTANCE_IDS.length)] + "'")
            .collect(Collectors.joining(", ")) + ")";
      }
      String probe = TEXT_PROBES[values.nextInt(TEXT_PROBES.length)];
      return switch (random.nextInt(5)) {
        case 0 -> ref + " = '" + probe + "'";
        case 1 -> ref + " <> '" + probe + "'";
        case 2 -> "{fn UCASE(" + ref + ")} = '" + probe.toUpperCase(Locale.ROOT) + "'";
        case 3 -> "{fn lcase(" + ref + ")} LIKE '%" + probe.toLowerCase(Locale.ROOT) + "%'";
        default -> ref + " LIKE '%" + probe + "%'";
      };
    }

    private <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }
  }
}
