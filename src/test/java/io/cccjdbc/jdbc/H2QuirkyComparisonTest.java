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
 * The driver returns exactly the rows H2 holds for data full of the API's quirks. The connection
 * names every instance in {@code instanceIds}, so unfiltered queries take that path (GetInstance
 * for each listed id) rather than the demo test's ListInstances discovery.
 */
class H2QuirkyComparisonTest {

  private static DriverAgainstH2 databases;

  @BeforeAll
  static void start() throws SQLException {
    Dataset dataset = QuirkyDataset.create();
    databases = DriverAgainstH2.start(dataset, "instanceIds=" + String.join(",", dataset.instanceIds()));
  }

  @AfterAll
  static void stop() throws SQLException {
    databases.close();
  }

  static Stream<ComparedQuery> queries() {
    return Stream.concat(AnyDatasetQueries.all(), Stream.of(
        // Empty strings, NULLs and trailing spaces stay what they are.
        rows("SELECT instance_id, user_id, email FROM admins WHERE email = ''"),
        rows("SELECT instance_id, number, city FROM numbers WHERE city = '' OR city IS NULL"),
        rows("SELECT instance_id, user_id FROM admins WHERE display_name = '钱 Lei'"),
        rows("SELECT instance_id, user_id FROM admins WHERE display_name = '钱 Lei '"),
        rows("SELECT instance_id, user_id, extension FROM admins WHERE extension = '100'"),
        rows("SELECT instance_id, user_id, CHAR_LENGTH(extension) AS extension_length,"
            + " CHAR_LENGTH(TRIM(extension)) AS trimmed_length FROM admins"),
        rows("SELECT skill_group_id, display_name, CHAR_LENGTH(display_name) AS name_length"
            + " FROM number_skill_groups WHERE display_name LIKE '%客服%'"),

        // Case matters in values and in instance ids.
        rows("SELECT DISTINCT name FROM instances WHERE LOWER(name) = 'global sales'"),
        rows("SELECT LOWER(name) AS folded, COUNT(*) AS instance_count FROM instances GROUP BY LOWER(name)"),
        rows("SELECT DISTINCT usage FROM numbers"),
        rows("SELECT instance_id, number FROM numbers WHERE UPPER(usage) = 'INBOUND' AND usage != 'Inbound'"),
        rows("SELECT * FROM numbers WHERE instance_id = 'CCC-Mixed'"),
        rows("SELECT * FROM numbers WHERE instance_id = 'ccc-mixed'"),
        rows("SELECT instance_id, number FROM numbers WHERE instance_id LIKE 'ccc-%'"),
        rows("SELECT instance_id, name FROM instances WHERE UPPER(instance_id) = 'CCC-MIXED'"),

        // The same number in three instances.
        rows("SELECT instance_id, active, usage FROM numbers WHERE number = '4001234567'"),
        rows("SELECT number, COUNT(*) AS instance_count FROM numbers GROUP BY number HAVING COUNT(*) > 1"),
        rows("SELECT n.instance_id, n.number, g.skill_group_id FROM numbers n"
            + " JOIN number_skill_groups g ON g.number = n.number"
            + " WHERE n.number = '4001234567'"),

        // Instances with nothing, and ids written oddly.
        rows("SELECT * FROM instances WHERE instance_id = 'ccc-empty'"),
        rows("SELECT i.instance_id, a.user_id, n.number FROM instances i"
            + " LEFT JOIN admins a ON a.instance_id = i.instance_id"
            + " LEFT JOIN numbers n ON n.instance_id = i.instance_id"
            + " WHERE i.instance_id IN ('ccc-empty', 'ccc-west', 'CCC-Mixed')"),
        rows("SELECT * FROM admins WHERE user_id = 'o''brien@ccc-west'"),
        rows("SELECT instance_id, aliyun_uid FROM instances WHERE aliyun_uid = '1570000000000002'"),
        ordered("SELECT instance_id, number, active FROM numbers"
            + " ORDER BY active NULLS FIRST, instance_id DESC, number"),

        // Prepared statements, each re-executed with several values.
        prepared("SELECT * FROM numbers WHERE instance_id = ?",
            new Object[] {"ccc-north"}, new Object[] {"CCC-Mixed"}, new Object[] {"ccc-mixed"},
            new Object[] {"ccc-empty"}, new Object[] {"ccc-north"}),
        prepared("SELECT instance_id, user_id, display_name FROM admins WHERE instance_id IN (?, ?)",
            new Object[] {"ccc-north", "ccc-west"}, new Object[] {"ccc-east", "ccc-nope"}),
        prepared("SELECT instance_id, number, active FROM numbers WHERE number = ?",
            new Object[] {"4001234567"}, new Object[] {"021xxxx0002"}, new Object[] {""}),
        prepared("SELECT instance_id, user_id FROM admins WHERE display_name LIKE ?",
            new Object[] {"%Lei%"}, new Object[] {"ann"}, new Object[] {"%'%"}),
        prepared("SELECT g.instance_id, g.number, g.skill_group_id FROM number_skill_groups g"
                + " WHERE g.instance_id = ? AND COALESCE(g.user_count, -1) < ?",
            new Object[] {"ccc-north", 5}, new Object[] {"ccc-east", 8}, new Object[] {"ccc-south", 0})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void driverReturnsTheRowsH2Holds(ComparedQuery query) throws SQLException {
    databases.assertSameRows(query);
  }
}
