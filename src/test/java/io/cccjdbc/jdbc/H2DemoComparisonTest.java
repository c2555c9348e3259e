package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.ComparedQuery.ordered;
import static io.cccjdbc.jdbc.ComparedQuery.prepared;
import static io.cccjdbc.jdbc.ComparedQuery.rows;

import io.cccjdbc.emulator.Dataset;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The driver returns exactly the rows H2 holds for the demo dataset, finding the instances of
 * unfiltered queries through ListInstances, as a connection without {@code instanceIds} does.
 */
class H2DemoComparisonTest {

  private static DriverAgainstH2 databases;

  @BeforeAll
  static void start() throws SQLException {
    databases = DriverAgainstH2.start(Dataset.demo());
  }

  @AfterAll
  static void stop() throws SQLException {
    databases.close();
  }

  static Stream<ComparedQuery> queries() {
    return Stream.concat(AnyDatasetQueries.all(), Stream.of(
        // The reference page's example and other CJK text.
        rows("SELECT * FROM numbers WHERE city = '乐山'"),
        rows("SELECT instance_id, name FROM instances WHERE name LIKE '%客服%'"),
        rows("SELECT skill_group_id, display_name FROM number_skill_groups WHERE description LIKE '%值班%'"),
        rows("SELECT instance_id, number FROM numbers WHERE city = '' AND province = ''"),

        // Filters on instance_id, pushed to the API, and the rest around them.
        rows("SELECT * FROM admins WHERE instance_id = 'ccc-cd-ops'"),
        rows("SELECT * FROM admins WHERE 'ccc-hz-service' = instance_id"),
        rows("SELECT instance_id, number, active FROM numbers"
            + " WHERE instance_id IN ('ccc-test', 'ccc-global-sales', 'ccc-nope')"),
        rows("SELECT * FROM number_skill_groups"
            + " WHERE instance_id = 'ccc-test' OR instance_id = 'ccc-hz-service'"),
        rows("SELECT instance_id, number FROM numbers WHERE instance_id LIKE 'ccc-c%'"),
        rows("SELECT instance_id, number FROM numbers WHERE instance_id != 'ccc-hz-service'"),
        rows("SELECT instance_id, number FROM numbers WHERE instance_id = 'ccc-cd-ops' AND active"),
        rows("SELECT * FROM instances WHERE instance_id = 'ccc-nope'"),
        rows("SELECT * FROM numbers WHERE instance_id = 'ccc-nope' OR instance_id = 'CCC-TEST'"),
        rows("SELECT i.name, a.user_id, n.number, g.skill_group_id FROM instances i"
            + " JOIN admins a ON a.instance_id = i.instance_id"
            + " JOIN numbers n ON n.instance_id = i.instance_id"
            + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
            + " WHERE i.instance_id = 'ccc-hz-service'"),
        rows("SELECT i.instance_id, n.number, a.user_id FROM instances i"
            + " LEFT JOIN numbers n ON n.instance_id = i.instance_id"
            + " LEFT JOIN admins a ON a.instance_id = i.instance_id"
            + " WHERE i.instance_id IN ('ccc-sh-pilot', 'ccc-gz-new')"),
        ordered("SELECT instance_id, number, usage FROM numbers WHERE instance_id = 'ccc-global-sales'"
            + " ORDER BY usage DESC, number LIMIT 2"),

        // Siblings of the queries above: their plans, run with other literals.
        rows("SELECT * FROM numbers WHERE city = ''"),
        rows("SELECT * FROM admins WHERE instance_id = 'ccc-hz-service'"),
        rows("SELECT * FROM admins WHERE 'ccc-nope' = instance_id"),
        rows("SELECT instance_id, number, active FROM numbers"
            + " WHERE instance_id IN ('ccc-cd-ops', 'ccc-nope', 'ccc-cd-ops')"),
        rows("SELECT * FROM number_skill_groups"
            + " WHERE instance_id = 'ccc-cd-ops' OR instance_id = 'ccc-global-sales'"),
        rows("SELECT instance_id, number FROM numbers WHERE instance_id LIKE '%-s%'"),
        rows("SELECT i.name, a.user_id, n.number, g.skill_group_id FROM instances i"
            + " JOIN admins a ON a.instance_id = i.instance_id"
            + " JOIN numbers n ON n.instance_id = i.instance_id"
            + " JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
            + " WHERE i.instance_id = 'ccc-global-sales'"),
        ordered("SELECT instance_id, number, usage FROM numbers WHERE instance_id = 'ccc-hz-service'"
            + " ORDER BY usage DESC, number LIMIT 1"),

        // Prepared statements, each re-executed with several values.
        prepared("SELECT * FROM numbers WHERE instance_id = ?",
            new Object[] {"ccc-hz-service"}, new Object[] {"ccc-global-sales"},
            new Object[] {"ccc-nope"}, new Object[] {"ccc-hz-service"}),
        prepared("SELECT instance_id, number FROM numbers WHERE instance_id IN (?, ?)",
            new Object[] {"ccc-test", "ccc-gz-new"}, new Object[] {"ccc-cd-ops", "ccc-cd-ops"},
            new Object[] {"ccc-nope", "ccc-sh-pilot"}),
        prepared("SELECT instance_id, number, province FROM numbers WHERE city = ?",
            new Object[] {"杭州"}, new Object[] {""}, new Object[] {"成都"}),
        prepared("SELECT instance_id, number, skill_group_id FROM number_skill_groups WHERE user_count >= ?",
            new Object[] {5}, new Object[] {0}, new Object[] {100}),
        prepared("SELECT instance_id, number FROM numbers WHERE active = ?",
            new Object[] {true}, new Object[] {false}),
        prepared("SELECT n.number, g.skill_group_id, g.user_count FROM numbers n"
                + " LEFT JOIN number_skill_groups g ON g.instance_id = n.instance_id AND g.number = n.number"
                + " WHERE n.instance_id = ? AND (g.user_count > ? OR g.user_count IS NULL)",
            new Object[] {"ccc-cd-ops", 3}, new Object[] {"ccc-hz-service", 10},
            new Object[] {"ccc-gz-new", 0})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void driverReturnsTheRowsH2Holds(ComparedQuery query) throws SQLException {
    databases.assertSameRows(query);
  }
}
