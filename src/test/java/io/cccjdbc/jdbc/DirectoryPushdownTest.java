package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.QuirkyDirectory.BIG;
import static io.cccjdbc.jdbc.QuirkyDirectory.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the directory tables send: each pushdown proven by the requests and the parameters the
 * emulator received, paging by the pages it served, and sharing by the calls it did not get.
 */
class DirectoryPushdownTest {

  private static TestEmulator emulator;
  private static Connection connection;

  @BeforeAll
  static void start() throws SQLException {
    emulator = TestEmulator.start(QuirkyDirectory.create());
    connection = emulator.connect("cacheTtl=0");
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @BeforeEach
  void resetCounts() {
    emulator.resetCounts();
  }

  private static int count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      int n = 0;
      while (rows.next()) {
        n++;
      }
      return n;
    }
  }

  private static List<String> sent(String action, String parameter) {
    return emulator.received(action).stream().map(p -> p.get(parameter)).toList();
  }

  @Test
  void usersAreReadPageByPageEachPageOnce() throws SQLException {
    assertEquals(QuirkyDirectory.BIG_USERS, count("SELECT * FROM users WHERE instance_id = '" + BIG + "'"));

    assertEquals(List.of("1", "2", "3"), sent("ListUsers", "PageNumber").stream().sorted().toList());
    assertTrue(sent("ListUsers", "PageSize").stream().allMatch("100"::equals));
    assertEquals(3, emulator.totalCalls());
  }

  @Test
  void usersJoinedWithTheirSkillLevelsShareOneSetOfPages() throws SQLException {
    count("SELECT u.user_id, l.skill_group_id FROM users u JOIN user_skill_levels l"
        + " ON l.instance_id = u.instance_id AND l.user_id = u.user_id"
        + " WHERE u.instance_id = '" + BIG + "'");

    assertEquals(3, emulator.calls("ListUsers"));
    assertEquals(3, emulator.totalCalls());
  }

  @Test
  void aSkillGroupIsSentAsSkillGroupIdAndTheFilterStillApplies() throws SQLException {
    int rows = count("SELECT * FROM user_skill_levels WHERE skill_group_id = 'g9@" + BIG + "'"
        + " AND instance_id = '" + BIG + "'");

    assertTrue(rows > 0);
    assertEquals(List.of("g9@" + BIG), sent("ListUsers", "SkillGroupId"));
    // Users carry all their groups; only the asked-for group's rows qualify.
    assertEquals(rows, count("SELECT * FROM user_skill_levels WHERE instance_id = '" + BIG + "'"
        + " AND skill_group_id LIKE 'g9@%'"));
  }

  @Test
  void severalSkillGroupsAreNotSentOneRequestEach() throws SQLException {
    count("SELECT * FROM user_skill_levels WHERE skill_group_id IN ('g1@x', 'g2@x')"
        + " AND instance_id = '" + SMALL + "'");

    assertEquals(1, emulator.calls("ListUsers"));
    assertEquals(null, emulator.received("ListUsers").get(0).get("SkillGroupId"));
  }

  @Test
  void skillGroupsWithoutAMediaTypeAskForEachTypeOncePerInstance() throws SQLException {
    count("SELECT * FROM skill_groups WHERE instance_id = '" + BIG + "'");
    assertEquals(List.of("AUDIO", "CHAT", "VIDEO"),
        sent("ListSkillGroups", "MediaType").stream().sorted().toList());

    emulator.resetCounts();
    assertEquals(2, count("SELECT * FROM skill_groups WHERE instance_id = '" + BIG + "'"
        + " AND media_type = 'CHAT'"));
    assertEquals(List.of("CHAT"), sent("ListSkillGroups", "MediaType"));
  }

  @Test
  void contactFlowTypeIsSentAsType() throws SQLException {
    assertEquals(40, count("SELECT * FROM contact_flows WHERE type = 'MAIN_FLOW'"
        + " AND instance_id = '" + BIG + "'"));

    assertEquals(List.of("MAIN_FLOW"), sent("ListContactFlows", "Type"));
    assertEquals(1, emulator.totalCalls());
  }

  @Test
  void twentyFiveAgentIdsMakeTwoCallsPerInstance() throws SQLException {
    String ids = IntStream.range(0, 25).mapToObj(a -> "'agent" + a + "@" + BIG + "'")
        .collect(Collectors.joining(", "));

    assertEquals(25, count("SELECT * FROM realtime_agent_states WHERE agent_id IN (" + ids + ")"
        + " AND instance_id IN ('" + BIG + "', '" + SMALL + "')"));

    assertEquals(4, emulator.calls("ListRealtimeAgentStates"));
    List<String> lists = sent("ListRealtimeAgentStates", "AgentIdList");
    assertEquals(20, lists.stream().mapToInt(list -> list.split(",").length).max().orElseThrow());
    assertTrue(lists.stream().allMatch(list -> list.startsWith("[\"")), lists.toString());
  }

  @Test
  void statesAreSentAsAStateList() throws SQLException {
    count("SELECT agent_id FROM realtime_agent_states WHERE state IN ('Ready', 'Break')"
        + " AND instance_id = '" + BIG + "'");

    // Sent in one order, whatever the order written.
    assertEquals(List.of("[\"Break\",\"Ready\"]"), sent("ListRealtimeAgentStates", "StateList"));
  }

  @Test
  void skillGroupIdsAreSentAsOneList() throws SQLException {
    assertEquals(2, count("SELECT * FROM realtime_skill_group_states"
        + " WHERE skill_group_id IN ('g1@" + BIG + "', 'g2@" + BIG + "', 'nope')"
        + " AND instance_id = '" + BIG + "'"));

    assertEquals(List.of("[\"g1@" + BIG + "\",\"g2@" + BIG + "\",\"nope\"]"),
        sent("ListRealtimeSkillGroupStates", "SkillGroupIdList"));
  }

  @Test
  void liveStatesAreReadAnewByEveryStatementButOnceWithinOne() throws SQLException {
    try (Connection cached = emulator.connect()) {
      for (int i = 0; i < 2; i++) {
        try (Statement statement = cached.createStatement();
            ResultSet rows = statement.executeQuery("SELECT a.agent_id, b.state"
                + " FROM realtime_agent_states a JOIN realtime_agent_states b"
                + " ON b.instance_id = a.instance_id AND b.agent_id = a.agent_id"
                + " WHERE a.instance_id = '" + BIG + "'")) {
          while (rows.next()) {
            assertTrue(rows.getString(1).endsWith(BIG));
          }
        }
      }
      assertEquals(2, emulator.calls("ListRealtimeAgentStates"));

      emulator.resetCounts();
      for (int i = 0; i < 2; i++) {
        try (Statement statement = cached.createStatement()) {
          statement.executeQuery("SELECT * FROM users WHERE instance_id = '" + SMALL + "'")
              .close();
        }
      }
      assertEquals(1, emulator.calls("ListUsers"));
    }
  }

  @Test
  void aParameterBoundAtExecutionIsSentAndANullOneAsksNothing() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT user_id FROM user_skill_levels WHERE skill_group_id = ? AND instance_id = ?")) {
      statement.setString(1, "g2@" + BIG);
      statement.setString(2, BIG);
      statement.executeQuery().close();
      assertEquals(List.of("g2@" + BIG), sent("ListUsers", "SkillGroupId"));

      emulator.resetCounts();
      statement.setString(1, null);
      statement.executeQuery().close();
      assertEquals(0, emulator.totalCalls());
    }
  }

  @Test
  void hostileValuesReachTheApiAsOneParameterOrOneListElement() throws SQLException {
    String hostile = "x&Action=DeleteInstance\"],[\"y";
    count("SELECT * FROM user_skill_levels WHERE skill_group_id = '" + hostile.replace("'", "''")
        + "' AND instance_id = '" + BIG + "'");
    count("SELECT * FROM realtime_skill_group_states WHERE skill_group_id = '"
        + hostile.replace("'", "''") + "' AND instance_id = '" + BIG + "'");

    assertEquals(List.of(hostile), sent("ListUsers", "SkillGroupId"));
    assertEquals(List.of("[\"x&Action=DeleteInstance\\\"],[\\\"y\"]"),
        sent("ListRealtimeSkillGroupStates", "SkillGroupIdList"));
    assertEquals(0, emulator.calls("DeleteInstance"));
  }

  @Test
  void explainShowsWhatEachScanSends() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet plan = statement.executeQuery("EXPLAIN PLAN FOR SELECT * FROM realtime_agent_states"
            + " WHERE agent_id IN ('a', 'b') AND state = 'Ready' AND instance_id = 'i'")) {
      assertTrue(plan.next());
      String text = plan.getString(1);
      assertTrue(text.contains("CccTableScan(table=[[ccc, realtime_agent_states]],"
          + " instanceIds=[['i']], AgentIdList=[['a', 'b']], StateList=[['Ready']])"), text);
    }
    assertEquals(0, emulator.totalCalls());
  }

  @Test
  void anInstanceThatDoesNotExistHasNoRowsInAnyTable() throws SQLException {
    for (String table : List.of("users", "skill_groups", "contact_flows",
        "realtime_agent_states", "realtime_skill_group_states", "user_skill_levels")) {
      assertEquals(0, count("SELECT * FROM " + table + " WHERE instance_id = 'ccc-nope'"), table);
    }
    Map<String, String> asked = emulator.received("ListUsers").get(0);
    assertEquals("ccc-nope", asked.get("InstanceId"));
  }
}
