package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who takes part in an instance's generated calls: its agents (the users ListUsers lists, with
 * the skill groups ListSkillGroups names), its phone numbers and a pool of customers.
 */
record Roster(String instanceId, long salt, List<Agent> agents, List<Line> inboundLines,
    List<Line> outboundLines, List<Customer> customers) {

  private static final String[] LOCATIONS = {
      "浙江-杭州", "浙江-宁波", "上海-上海", "北京-北京", "广东-深圳", "广东-广州", "四川-成都",
      "江苏-南京", "湖北-武汉", "陕西-西安", "福建-厦门", "山东-青岛", "香港-香港"};
  private static final String[] MOBILE_PREFIXES = {"13", "15", "17", "18", "19"};

  /** A skill group as calls name it, and the media it serves. */
  record Group(String id, String name, String mediaType) {}

  /**
   * An agent: calls go to agents on duty (see {@link Shift}), admins less often; one who joined
   * after the history began has no calls and no presence before {@code joinDay}.
   */
  record Agent(int index, String userId, String name, String extension, String workMode,
      List<Group> groups, double weight, long joinDay, boolean lateShift) {

    boolean serves(String mediaType) {
      return groups.stream().anyMatch(group -> group.mediaType().equals(mediaType));
    }

    Group group(String mediaType) {
      return groups.stream().filter(g -> g.mediaType().equals(mediaType)).findFirst()
          .orElse(groups.isEmpty() ? null : groups.get(0));
    }
  }

  /** A number of the instance, and where it is. */
  record Line(String number, String location) {}

  record Customer(String number, String location) {}

  boolean hasChat() {
    return agents.stream().anyMatch(agent -> agent.serves("CHAT"));
  }

  static Roster of(Dataset base, String instanceId, HistorySpec spec) {
    long salt = instanceId.hashCode();
    SplittableRandom random = Seeds.random(spec.seed(), salt, 1);
    Map<String, Group> groups = new HashMap<>();
    for (ObjectNode group : base.items("ListSkillGroups", instanceId)) {
      String id = text(group, "SkillGroupId");
      if (id != null) {
        groups.put(id, new Group(id, firstText(group, "DisplayName", "SkillGroupName", id),
            firstText(group, "MediaType", "MediaType", "AUDIO").toUpperCase(Locale.ROOT)));
      }
    }
    List<Agent> agents = new ArrayList<>();
    for (ObjectNode user : base.items("ListUsers", instanceId)) {
      String userId = text(user, "UserId");
      if (userId != null) {
        agents.add(agent(agents.size(), userId, user, groups, spec, random));
      }
    }
    List<Line> inbound = new ArrayList<>();
    List<Line> outbound = new ArrayList<>();
    ObjectNode instance = base.find(instanceId);
    for (JsonNode number : instance == null ? List.<JsonNode>of() : instance.path("NumberList")) {
      String digits = text(number, "Number");
      if (digits == null) {
        continue;
      }
      String usage = firstText(number, "Usage", "Usage", "Bidirection");
      Line line = new Line(digits, location(text(number, "Province"), text(number, "City")));
      if (!usage.equals("Outbound")) {
        inbound.add(line);
      }
      if (!usage.equals("Inbound")) {
        outbound.add(line);
      }
    }
    Line fallback = new Line("0571" + digits(random, 8), "浙江-杭州");
    return new Roster(instanceId, salt, List.copyOf(agents),
        inbound.isEmpty() ? List.of(fallback) : List.copyOf(inbound),
        outbound.isEmpty() ? List.of(fallback) : List.copyOf(outbound),
        customers(random, Math.max(40, Math.min(4_000, spec.callsPerDay() * 4))));
  }

  private static Agent agent(int index, String userId, ObjectNode user, Map<String, Group> known,
      HistorySpec spec, SplittableRandom random) {
    List<Group> groups = new ArrayList<>();
    for (JsonNode level : user.path("SkillLevelList")) {
      String id = text(level, "SkillGroupId");
      if (id != null) {
        groups.add(known.getOrDefault(id,
            new Group(id, firstText(level, "SkillGroupName", "SkillGroupName", id), "AUDIO")));
      }
    }
    String name = firstText(user, "DisplayName", "LoginName", userId);
    String extension = firstText(user, "Extension", "DeviceExt", "8" + digits(random, 7));
    boolean admin = "Admin".equals(text(user, "RoleName"));
    long joinDay = index > 0 && random.nextInt(4) == 0
        ? spec.firstDay() + 1 + random.nextInt(Math.max(1, spec.days() * 2 / 3))
        : Long.MIN_VALUE;
    String workMode = firstText(user, "WorkMode", "WorkMode", "ON_SITE");
    return new Agent(index, userId, name, extension, workMode,
        List.copyOf(groups), admin ? 0.3 : 1.0, joinDay, index % 4 == 3);
  }

  private static List<Customer> customers(SplittableRandom random, int count) {
    List<Customer> customers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String number = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(random, 9);
      String location =
          random.nextInt(10) == 0 ? null : LOCATIONS[random.nextInt(LOCATIONS.length)];
      customers.add(new Customer(number, location));
    }
    return List.copyOf(customers);
  }

  private static String location(String province, String city) {
    if (province == null || province.isEmpty() || city == null || city.isEmpty()) {
      return null;
    }
    return province + "-" + city;
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  /** The first of two fields with text, or {@code otherwise}. */
  private static String firstText(JsonNode node, String field, String otherField,
      String otherwise) {
    String value = text(node, field);
    if (value == null || value.isEmpty()) {
      value = text(node, otherField);
    }
    return value == null || value.isEmpty() ? otherwise : value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
