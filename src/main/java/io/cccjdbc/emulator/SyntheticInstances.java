package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates instance {@code i} of a synthetic dataset from the seed and {@code i} alone, so a
 * dataset of any size costs no memory beyond its ids and is the same on every run.
 */
final class SyntheticInstances {
  private static final String[][] PLACES = {
      {"浙江", "杭州", "0571"}, {"浙江", "宁波", "0574"}, {"广东", "深圳", "0755"},
      {"广东", "广州", "020"}, {"北京", "北京", "010"}, {"上海", "上海", "021"},
      {"四川", "成都", "028"}, {"四川", "乐山", "0833"}};
  private static final String[] STATUSES = {"RUNNING", "RUNNING", "RUNNING", "RUNNING", "STOPPED", "CREATING"};
  private static final String[] USAGES = {"Bidirection", "Inbound", "Outbound"};
  private static final String[] WORK_MODES = {"ON_SITE", "OFF_SITE", "OFFICE_PHONE"};
  private static final long CREATED_FROM = 1_600_000_000_000L;
  private static final long DAY = 86_400_000L;

  private static final String[] ROLES = {"Agent", "Agent", "Agent", "Manager"};
  private static final int SKILL_GROUPS = 3;

  private final int numbersPerInstance;
  private final int usersPerInstance;
  private final long seed;

  SyntheticInstances(int numbersPerInstance, int usersPerInstance, long seed) {
    this.numbersPerInstance = numbersPerInstance;
    this.usersPerInstance = usersPerInstance;
    this.seed = seed;
  }

  /** The ListUsers items of instance {@code index}, each in up to three skill groups. */
  List<ObjectNode> users(int index) {
    SplittableRandom random = new SplittableRandom(~seed * 0x9E3779B97F4A7C15L + index);
    String instanceId = id(index);
    List<ObjectNode> users = new ArrayList<>(usersPerInstance);
    for (int u = 0; u < usersPerInstance; u++) {
      String login = "agent" + u;
      ObjectNode user = Json.MAPPER.createObjectNode()
          .put("UserId", login + "@" + instanceId)
          .put("LoginName", login)
          .put("DisplayName", u % 2 == 0 ? "坐席" + u : "Agent " + u)
          .put("DisplayId", String.format("%05d", u))
          .put("Extension", String.format("8%07d", random.nextInt(10_000_000)))
          .put("RoleName", pick(random, ROLES))
          .put("RoleId", "Agent@" + instanceId)
          .put("WorkMode", pick(random, WORK_MODES))
          .put("Primary", u == 0)
          .put("RamId", 200_000_000_000L + (long) index * usersPerInstance + u);
      ArrayNode levels = user.putArray("SkillLevelList");
      for (int g = 0; g < SKILL_GROUPS; g++) {
        if (random.nextInt(2) == 0) {
          levels.addObject()
              .put("SkillGroupId", "group" + g + "@" + instanceId)
              .put("SkillGroupName", "group" + g)
              .put("SkillLevel", 1 + random.nextInt(10));
        }
      }
      users.add(user);
    }
    return users;
  }

  String id(int index) {
    return String.format("ccc-syn-%05d", index);
  }

  ObjectNode instance(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    String id = id(index);
    String domain = id.substring("ccc-".length());
    boolean chinese = index % 2 == 0;
    ObjectNode instance = Json.MAPPER.createObjectNode()
        .put("Status", pick(random, STATUSES))
        .put("Description", chinese ? "合成测试实例 " + index : "Synthetic benchmark instance " + index)
        .put("DomainName", domain)
        .put("ConsoleUrl", "https://ccc-v2.aliyun.com/#/workbench/" + domain)
        .put("AliyunUid", String.format("157%013d", Math.floorMod(seed, 10_000_000_000_000L)))
        .put("Id", id)
        .put("Name", chinese ? "合成实例" + index : "Synthetic " + index)
        .put("CreateTime", CREATED_FROM + (long) index * DAY);
    ArrayNode admins = instance.putArray("AdminList");
    int adminCount = 1 + random.nextInt(2);
    for (int a = 0; a < adminCount; a++) {
      admins.add(admin(random, id, a));
    }
    ArrayNode numbers = instance.putArray("NumberList");
    for (int n = 0; n < numbersPerInstance; n++) {
      numbers.add(number(random, id, (long) index * numbersPerInstance + n));
    }
    return instance;
  }

  private static ObjectNode admin(SplittableRandom random, String instanceId, int position) {
    String login = "admin" + position;
    ObjectNode admin = Json.MAPPER.createObjectNode()
        .put("Extension", String.format("8%07d", random.nextInt(10_000_000)))
        .put("LoginName", login)
        .put("RoleName", "Admin")
        .put("InstanceId", instanceId)
        .put("UserId", login + "@" + instanceId)
        .put("DisplayName", "管理员" + position)
        .put("RoleId", "Admin@" + instanceId)
        .put("WorkMode", pick(random, WORK_MODES));
    if (random.nextInt(3) > 0) {
      admin.put("Email", login + "@example.com").put("Mobile", String.format("138xxxx%04d", random.nextInt(10_000)));
    }
    return admin;
  }

  private static ObjectNode number(SplittableRandom random, String instanceId, long serial) {
    String[] place = PLACES[random.nextInt(PLACES.length)];
    boolean active = random.nextInt(5) > 0;
    ObjectNode number = Json.MAPPER.createObjectNode()
        .put("Usage", pick(random, USAGES))
        .put("Active", String.valueOf(active))
        .put("Number", place[2] + String.format("%08d", serial))
        .put("InstanceId", instanceId)
        .put("ContactFlowId", "flow-" + Long.toHexString(random.nextLong()))
        .put("City", place[1])
        .put("Province", place[0]);
    ArrayNode skillGroups = number.putArray("SkillGroups");
    int groups = random.nextInt(SKILL_GROUPS);
    for (int g = 0; g < groups; g++) {
      String name = "group" + g;
      skillGroups.addObject()
          .put("Description", "技能组 " + g)
          .put("PhoneNumberCount", String.valueOf(1 + random.nextInt(20)))
          .put("InstanceId", instanceId)
          .put("UserCount", String.valueOf(random.nextInt(50)))
          .put("DisplayName", "技能组" + g)
          .put("SkillGroupId", name + "@" + instanceId)
          .put("Name", name);
    }
    return number;
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
