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
 * The directory tables (users, skill groups, contact flows, live states) give exactly the rows
 * H2 holds, on the demo and on data full of the API's quirks and longer than one page, with
 * and without filters that push down into request parameters.
 */
class H2DirectoryComparisonTest {

  private static DriverAgainstH2 demo;
  private static DriverAgainstH2 quirky;

  @BeforeAll
  static void start() throws SQLException {
    demo = DriverAgainstH2.start(Dataset.demo());
    quirky = DriverAgainstH2.start(QuirkyDirectory.create());
  }

  @AfterAll
  static void stop() throws SQLException {
    demo.close();
    quirky.close();
  }

  static Stream<ComparedQuery> queries() {
    return Stream.of(
        rows("SELECT * FROM users"),
        rows("SELECT * FROM user_skill_levels"),
        rows("SELECT * FROM skill_groups"),
        rows("SELECT * FROM contact_flows"),
        rows("SELECT * FROM phone_numbers"),
        rows("SELECT * FROM realtime_agent_states"),
        rows("SELECT * FROM realtime_skill_group_states"),

        // Pushed filters, and the same columns filtered without pushdown.
        rows("SELECT user_id, skill_level FROM user_skill_levels WHERE skill_group_id = 'g1@ccc-big'"),
        rows("SELECT user_id, skill_level FROM user_skill_levels"
            + " WHERE skill_group_id = 'presales@ccc-hz-service'"),
        rows("SELECT user_id, skill_group_id FROM user_skill_levels"
            + " WHERE skill_group_id IN ('g1@ccc-big', 'g9@ccc-big', 'aftersales@ccc-hz-service')"),
        rows("SELECT * FROM user_skill_levels WHERE skill_group_id = 'nope'"),
        rows("SELECT skill_group_id, media_type FROM skill_groups WHERE media_type = 'CHAT'"),
        rows("SELECT skill_group_id, media_type FROM skill_groups WHERE media_type = 'Audio'"),
        rows("SELECT skill_group_id FROM skill_groups WHERE media_type IN ('AUDIO', 'VIDEO')"),
        rows("SELECT skill_group_id FROM skill_groups WHERE media_type <> 'AUDIO'"),
        rows("SELECT contact_flow_id, name FROM contact_flows WHERE type = 'MAIN_FLOW'"),
        rows("SELECT number, provider FROM phone_numbers WHERE usage = 'Bidirection'"),
        rows("SELECT number FROM phone_numbers WHERE usage IN ('Inbound', 'Outbound')"),
        rows("SELECT contact_flow_id, created_time, updated_time FROM contact_flows"
            + " WHERE type IN ('SUB_FLOW', 'SURVEY_FLOW') AND published"),
        rows("SELECT agent_id, state FROM realtime_agent_states WHERE state IN ('Ready', 'ACW')"),
        rows("SELECT agent_id, state, duration FROM realtime_agent_states"
            + " WHERE agent_id IN ('agent1@ccc-big', 'agent2@ccc-big', 'agent44@ccc-big',"
            + " 'zhao.lei@ccc-hz-service', 'nobody')"),
        rows("SELECT * FROM realtime_skill_group_states"
            + " WHERE skill_group_id IN ('g3@ccc-big', 'presales@ccc-hz-service', 'x')"),
        rows("SELECT * FROM users WHERE instance_id = 'ccc-big' AND role_name = 'Manager'"),

        // Types: booleans, big integers, text timestamps, joined lists.
        rows("SELECT user_id, primary_account, ram_id FROM users WHERE primary_account"),
        rows("SELECT user_id, ram_id FROM users WHERE ram_id > 2500000000"),
        rows("SELECT agent_id, skill_group_ids, skill_group_names FROM realtime_agent_states"
            + " WHERE skill_group_ids IS NULL OR skill_group_ids = '' OR skill_group_ids LIKE '%,%'"),
        rows("SELECT contact_flow_id FROM contact_flows"
            + " WHERE created_time >= TIMESTAMP '2023-05-01 00:00:00'"),
        rows("SELECT CAST(created_time AS DATE) AS d, COUNT(*) AS n FROM contact_flows"
            + " GROUP BY CAST(created_time AS DATE)"),
        ordered("SELECT contact_flow_id, updated_time FROM contact_flows"
            + " ORDER BY updated_time DESC NULLS LAST, contact_flow_id LIMIT 7"),

        // Joins between the new tables and with the old ones.
        rows("SELECT u.display_name, l.skill_group_id, l.skill_level FROM users u"
            + " JOIN user_skill_levels l ON l.instance_id = u.instance_id AND l.user_id = u.user_id"),
        rows("SELECT g.skill_group_id, g.name, COUNT(l.user_id) AS members FROM skill_groups g"
            + " LEFT JOIN user_skill_levels l ON l.instance_id = g.instance_id"
            + " AND l.skill_group_id = g.skill_group_id GROUP BY g.skill_group_id, g.name"),
        rows("SELECT a.agent_id, a.state, u.login_name FROM realtime_agent_states a"
            + " JOIN users u ON u.instance_id = a.instance_id AND u.user_id = a.agent_id"
            + " WHERE a.state <> 'Offline'"),
        rows("SELECT s.skill_group_id, s.waiting_calls, g.media_type FROM realtime_skill_group_states s"
            + " JOIN skill_groups g ON g.instance_id = s.instance_id AND g.skill_group_id = s.skill_group_id"),
        rows("SELECT i.name, COUNT(u.user_id) AS users FROM instances i"
            + " LEFT JOIN users u ON u.instance_id = i.instance_id GROUP BY i.name"),
        rows("SELECT p.number, p.create_time, n.city, p.skill_group_ids FROM phone_numbers p"
            + " JOIN numbers n ON n.instance_id = p.instance_id AND n.number = p.number"
            + " WHERE p.active AND p.create_time >= TIMESTAMP '2024-06-01 00:00:00'"),
        rows("SELECT n.number, f.name FROM numbers n"
            + " JOIN contact_flows f ON f.instance_id = n.instance_id"
            + " AND f.contact_flow_id = n.contact_flow_id"),

        // Aggregates and windows over the directory.
        rows("SELECT instance_id, role_name, COUNT(*) AS n FROM users GROUP BY instance_id, role_name"),
        rows("SELECT skill_group_id, MIN(skill_level) AS lo, MAX(skill_level) AS hi"
            + " FROM user_skill_levels GROUP BY skill_group_id"),
        rows("SELECT state, SUM(duration) AS total FROM realtime_agent_states GROUP BY state"),
        rows("SELECT user_id, skill_group_id, RANK() OVER (PARTITION BY skill_group_id"
            + " ORDER BY skill_level, user_id) AS r FROM user_skill_levels"),

        prepared("SELECT user_id FROM user_skill_levels WHERE skill_group_id = ?",
            new Object[] {"g2@ccc-big"}, new Object[] {"online-chat@ccc-hz-service"},
            new Object[] {""}, new Object[] {null}),
        prepared("SELECT agent_id FROM realtime_agent_states WHERE agent_id IN (?, ?) OR state = ?",
            new Object[] {"agent3@ccc-big", "liu.yang@ccc-hz-service", "Break"},
            new Object[] {"x", "y", "Ready"}),
        prepared("SELECT skill_group_id FROM skill_groups WHERE media_type = ? AND instance_id = ?",
            new Object[] {"CHAT", "ccc-big"}, new Object[] {"AUDIO", "ccc-hz-service"},
            new Object[] {"VIDEO", "ccc-global-sales"}));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("queries")
  void driverReturnsTheRowsH2HoldsOnTheDemo(ComparedQuery query) throws SQLException {
    demo.assertSameRows(query);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("queries")
  void driverReturnsTheRowsH2HoldsOnQuirkyData(ComparedQuery query) throws SQLException {
    quirky.assertSameRows(query);
  }
}
