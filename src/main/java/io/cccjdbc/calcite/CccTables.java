package io.cccjdbc.calcite;

import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.Admin;
import io.cccjdbc.api.Instance;
import io.cccjdbc.api.PhoneNumber;
import io.cccjdbc.api.SkillGroup;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The catalog of the four tables: the one source of their names, types, remarks and keys.
 * Remarks are the descriptions of {@code GetInstance}'s reference page, in English with
 * the page's Chinese text after them.
 */
public final class CccTables {

  record AdminRow(Instance instance, Admin admin) {
  }

  record NumberRow(Instance instance, PhoneNumber number) {
  }

  record SkillGroupRow(Instance instance, PhoneNumber number, SkillGroup group) {
  }

  /** The column every table has: it decides which instances a query fetches. */
  public static final String INSTANCE_ID = "instance_id";

  public static final TableDef<Instance> INSTANCES = new TableDef<>(
      "instances",
      "Contact center instances, one row per instance (GetInstance Data). (云呼实例详细信息。)",
      List.of(
          instanceId(Instance::id),
          column("name", VARCHAR, "Instance name. (呼叫中心实例名称。)", Instance::name),
          column("description", VARCHAR, "Short description of the instance. (呼叫中心实例简单描述。)",
              Instance::description),
          column("domain_name", VARCHAR,
              "Second-level domain name of the instance, globally unique. (呼叫中心实例的二级域名，全局唯一。)",
              Instance::domainName),
          column("console_url", VARCHAR,
              "Console URL: the official contact center URL followed by the instance's domain name. "
                  + "(呼叫中心控制台URL，由阿里云呼叫中心官方URL加呼叫中心实例的域名组成。)",
              Instance::consoleUrl),
          column("aliyun_uid", VARCHAR,
              "ID of the Alibaba Cloud account that owns the instance's specification. "
                  + "(呼叫中心系统规格所对应的阿里云账户ID。)",
              Instance::aliyunUid),
          column("status", VARCHAR, "Instance status. (实例状态。)", Instance::status)),
      List.of("instance_id"),
      List.of(),
      false,
      1,
      Stream::of);

  public static final TableDef<AdminRow> ADMINS = new TableDef<>(
      "admins",
      "Administrators of each instance (Data.AdminList). (管理员列表。)",
      List.of(
          instanceId(r -> r.instance().id()),
          key("user_id", "User ID. (用户ID。)", r -> r.admin().userId()),
          column("login_name", VARCHAR, "User login name. (用户登陆名。)", r -> r.admin().loginName()),
          column("display_name", VARCHAR, "The administrator's name. (管理员的姓名。)",
              r -> r.admin().displayName()),
          column("email", VARCHAR, "Email address. (电子邮件地址。)", r -> r.admin().email()),
          column("extension", VARCHAR, "Extension number. (分机号码。)", r -> r.admin().extension()),
          column("mobile", VARCHAR, "The user's phone number. (用户电话号码。)", r -> r.admin().mobile()),
          column("role_id", VARCHAR, "The user's role ID. (用户的角色ID。)", r -> r.admin().roleId()),
          column("role_name", VARCHAR,
              "Role name: Admin (administrator), Manager (skill group leader) or Agent. "
                  + "(角色名称。管理员（Admin）、技能组组长（Manager）、坐席（Agent）)",
              r -> r.admin().roleName()),
          column("work_mode", VARCHAR, "Work mode. (工作模式。)", r -> r.admin().workMode())),
      List.of("instance_id", "user_id"),
      List.of(new ForeignKey(List.of("instance_id"), "instances", List.of("instance_id"))),
      false,
      3,
      instance -> instance.adminList().stream().map(a -> new AdminRow(instance, a)));

  public static final TableDef<NumberRow> NUMBERS = new TableDef<>(
      "numbers",
      "Phone numbers of each instance (Data.NumberList). (呼叫中心号码列表。)",
      List.of(
          instanceId(r -> r.instance().id()),
          key("number", "Phone number. (号码。)", r -> r.number().number()),
          column("active", BOOLEAN, "Whether the number is available. (是否可用。)",
              r -> r.number().active()),
          column("city", VARCHAR, "City the number belongs to. (号码归属地市。)", r -> r.number().city()),
          column("province", VARCHAR, "Province the number belongs to. (号码归属地省。)",
              r -> r.number().province()),
          column("contact_flow_id", VARCHAR,
              "ID of the IVR contact flow associated with the number. (该电话号码所关联的联系流IVR ID。)",
              r -> r.number().contactFlowId()),
          column("usage", VARCHAR, "What the number is used for. (号码用途。)", r -> r.number().usage()),
          column("user_id", VARCHAR,
              "Agent ID; when set, the number is dedicated to that agent. "
                  + "(坐席ID，如果此参数不为空，说明该号码是座席专属号码。)",
              r -> r.number().userId())),
      List.of("instance_id", "number"),
      List.of(new ForeignKey(List.of("instance_id"), "instances", List.of("instance_id"))),
      true,
      10,
      instance -> instance.numberList().stream().map(n -> new NumberRow(instance, n)));

  public static final TableDef<SkillGroupRow> NUMBER_SKILL_GROUPS = new TableDef<>(
      "number_skill_groups",
      "Skill groups associated with each phone number (Data.NumberList[].SkillGroups). "
          + "(号码所关联的技能组列表。)",
      List.of(
          instanceId(r -> r.instance().id()),
          key("number", "Phone number. (号码。)", r -> r.number().number()),
          key("skill_group_id", "Skill group ID. (技能组ID。)", r -> r.group().skillGroupId()),
          column("name", VARCHAR, "Skill group name. (技能组名称。)", r -> r.group().name()),
          column("display_name", VARCHAR, "Skill group display name. (技能组展示名。)",
              r -> r.group().displayName()),
          column("description", VARCHAR, "Skill group description. (技能组描述。)",
              r -> r.group().description()),
          column("phone_number_count", INTEGER,
              "Number of phone numbers associated with the skill group. (该技能组关联的号码数量。)",
              r -> r.group().phoneNumberCount()),
          column("user_count", INTEGER,
              "Number of agents associated with the skill group. (技能组所关联的客服数量。)",
              r -> r.group().userCount())),
      List.of("instance_id", "number", "skill_group_id"),
      List.of(new ForeignKey(List.of("instance_id", "number"), "numbers",
          List.of("instance_id", "number"))),
      true,
      15,
      instance -> instance.numberList().stream()
          .flatMap(n -> n.skillGroups().stream().map(g -> new SkillGroupRow(instance, n, g))));

  /** All tables, in the order documentation and metadata list them. */
  public static final List<TableDef<?>> ALL = List.of(INSTANCES, ADMINS, NUMBERS, NUMBER_SKILL_GROUPS);

  private CccTables() {
  }

  private static <R> ColumnDef<R> instanceId(Function<R, Object> reader) {
    return key(INSTANCE_ID, "Contact center instance ID. (呼叫中心实例ID。)", reader);
  }

  private static <R> ColumnDef<R> key(String name, String remark,
      Function<R, Object> reader) {
    return new ColumnDef<>(name, VARCHAR, false, remark, reader);
  }

  private static <R> ColumnDef<R> column(String name, SqlTypeName type, String remark,
      Function<R, Object> reader) {
    return new ColumnDef<>(name, type, true, remark, reader);
  }
}
