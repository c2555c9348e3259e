package io.cccjdbc.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cccjdbc.emulator.Dataset;

/**
 * Users, skill groups, contact flows and live states written to catch what the demo does
 * not: more items than one page holds (250 users, 45 agents), every spelling of a boolean and
 * a number the API uses, absent and empty lists, the deprecated PrimaryAccount, media types in
 * both spellings, CJK text, and an instance that has none of it.
 */
final class QuirkyDirectory {

  static final String BIG = "ccc-big";
  static final String SMALL = "ccc-小";
  static final String EMPTY = "ccc-empty";
  static final int BIG_USERS = 250;
  static final int BIG_AGENTS = 45;

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuirkyDirectory() {
  }

  /** A number as JSON sends it, or as the text the API sometimes sends instead. */
  private static void number(ObjectNode object, String field, long value, boolean asText) {
    if (asText) {
      object.put(field, Long.toString(value));
    } else {
      object.put(field, value);
    }
  }

  static Dataset create() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode instances = root.putArray("Instances");
    for (String id : new String[] {BIG, SMALL, EMPTY}) {
      instances.addObject().put("Id", id).put("Name", "实例 " + id).put("Status", "RUNNING");
    }
    ObjectNode users = root.putObject("ListUsers");
    ArrayNode big = users.putArray(BIG);
    for (int u = 0; u < BIG_USERS; u++) {
      ObjectNode user = big.addObject().put("UserId", "agent" + u + "@" + BIG)
          .put("LoginName", "agent" + u).put("DisplayName", u % 3 == 0 ? "坐席" + u : "Agent " + u)
          .put("RoleName", u % 10 == 0 ? "Manager" : "Agent").put("WorkMode", "ON_SITE");
      switch (u % 5) {
        case 0 -> user.put("Primary", u == 0);
        case 1 -> user.put("Primary", "false").put("RamId", "2000000000" + u);
        case 2 -> user.put("PrimaryAccount", "1").put("RamId", 3_000_000_000L + u);
        case 3 -> user.put("Email", "").put("Mobile", (String) null);
        default -> user.put("Extension", String.valueOf(8000 + u));
      }
      if (u % 7 != 3) {
        ArrayNode levels = user.putArray("SkillLevelList");
        number(levels.addObject().put("SkillGroupId", "g" + (u % 4) + "@" + BIG)
            .put("SkillGroupName", "组" + (u % 4)), "SkillLevel", 1 + u % 10, u % 2 == 0);
        if (u % 3 == 0) {
          levels.addObject().put("SkillGroupId", "g9@" + BIG).put("SkillGroupName", "夜班");
        }
        if (u % 11 == 0) {
          levels.addNull();
        }
      }
    }
    users.putArray(SMALL).addObject().put("UserId", "李@" + SMALL).put("LoginName", "li")
        .put("DisplayName", "李 四 ").put("Primary", "TRUE").putArray("SkillLevelList");
    ObjectNode groups = root.putObject("ListSkillGroups");
    ArrayNode bigGroups = groups.putArray(BIG);
    String[] media = {"AUDIO", "Audio", "CHAT", "VIDEO", "AUDIO"};
    for (int g = 0; g < 10; g++) {
      ObjectNode group = bigGroups.addObject().put("SkillGroupId", "g" + g + "@" + BIG)
          .put("SkillGroupName", "组" + g).put("DisplayName", g % 2 == 0 ? "组 " + g : null)
          .put("MediaType", media[g % 5]).put("PhoneNumberCount", g % 4 == 0 ? "" : "1");
      number(group, "UserCount", g, g % 3 == 0);
    }
    groups.putArray(SMALL).addObject().put("SkillGroupId", "sg@" + SMALL).put("SkillGroupName", "小组")
        .put("MediaType", "CHAT").put("Description", "它's \"quoted\"");
    ObjectNode flows = root.putObject("ListContactFlows");
    ArrayNode bigFlows = flows.putArray(BIG);
    for (int f = 0; f < 120; f++) {
      ObjectNode flow = bigFlows.addObject().put("ContactFlowId", "flow-" + f)
          .put("Name", "流程 " + f).put("Type", f % 3 == 0 ? "MAIN_FLOW" : f % 3 == 1 ? "SUB_FLOW" : "SURVEY_FLOW")
          .put("Published", f % 2 == 0 ? "true" : "0")
          .put("CreatedTime", "2023-0" + (1 + f % 9) + "-1" + f % 10 + " 0" + f % 10
              + ":30:00" + (f % 2 == 0 ? ".0" : ""));
      if (f % 5 != 0) {
        flow.put("UpdatedTime", "2024-11-2" + f % 10 + " 23:59:59.9");
      }
      if (f % 4 == 0) {
        flow.put("Definition", "{\"nodes\":[" + "{}, ".repeat(f) + "{}]}");
      }
    }
    flows.putArray(SMALL).addObject().put("ContactFlowId", "f@小").put("Published", false);
    ObjectNode agents = root.putObject("ListRealtimeAgentStates");
    ArrayNode bigAgents = agents.putArray(BIG);
    String[] states = {"Ready", "Talking", "ACW", "Break", "Offline", "Ringing", "Dialing"};
    for (int a = 0; a < BIG_AGENTS; a++) {
      ObjectNode agent = bigAgents.addObject().put("AgentId", "agent" + a + "@" + BIG)
          .put("AgentName", "坐席" + a).put("State", states[a % states.length])
          .put("StateTime", a % 4 == 0 ? "" + (1_732_860_000_000L + a) : "1732860000" + a)
          .put("Duration", a * 7).put("OutboundScenario", a % 3 == 0 ? "true" : "0");
      if (a % 6 != 0) {
        ArrayNode ids = agent.putArray("SkillGroupIdList");
        ArrayNode names = agent.putArray("SkillGroupNameList");
        for (int g = 0; g < a % 3; g++) {
          ids.add("g" + g + "@" + BIG);
          names.add("组" + g);
        }
      }
      if (a % 7 == 1) {
        agent.put("BreakCode", "午餐").put("CallType", "Inbound").put("CounterParty", "138xxxx0000");
      }
    }
    ObjectNode groupStates = root.putObject("ListRealtimeSkillGroupStates");
    ArrayNode bigGroupStates = groupStates.putArray(BIG);
    for (int g = 0; g < 10; g++) {
      bigGroupStates.addObject().put("SkillGroupId", "g" + g + "@" + BIG).put("SkillGroupName", "组" + g)
          .put("LoggedInAgents", g).put("ReadyAgents", "" + g / 2).put("TalkingAgents", g % 3)
          .put("WaitingCalls", g % 2 == 0 ? "" : "3").put("LongestWaitingTime", 60L * g)
          .put("TotalAgents", g * 2);
    }
    return Dataset.fromJson(root.toString());
  }
}
