package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.computed;
import static io.cccjdbc.calcite.Columns.epochTime;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code phone_numbers}: the numbers bound to each instance, as its paged list gives them, with
 * what {@code numbers} (from {@code GetInstance}) lacks: provider, flow name, binding time.
 */
public final class PhoneNumbersTable {

  public static final TableDef DEF = TableDef.named("phone_numbers")
      .remark("Numbers bound to each instance (ListPhoneNumbers). (实例下的号码列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_PHONE_NUMBERS))
      .columns(
          instanceId(),
          key("number", "Number", "Phone number. (号码。)"),
          column("usage", VARCHAR, "Usage",
              "What the number is used for: Inbound, Outbound or Bidirection. (号码用途。)"),
          column("active", BOOLEAN, "Active", "Whether the number can be used. (号码是否可用。)"),
          column("province", VARCHAR, "Province", "Province of the number. (号码归属地省。)"),
          column("city", VARCHAR, "City", "City of the number. (号码归属地市。)"),
          column("provider", VARCHAR, "Provider", "Provider of the number. (号码供应商名称。)"),
          column("contact_flow_id", VARCHAR, "ContactFlowId",
              "IVR contact flow the number is bound to. (号码关联的 IVR 联系流 ID。)"),
          column("contact_flow_name", VARCHAR, "ContactFlowName",
              "Name of that contact flow. (号码关联的 IVR 联系流名称。)"),
          column("user_id", VARCHAR, "UserId", "The agent the number belongs to, for an agent's"
              + " own number. (坐席 ID，如果此参数不为空，说明该号码是座席专属号码。)"),
          column("tags", VARCHAR, "Tags", "Business tag of the number. (号码业务标签。)"),
          epochTime("create_time", "CreateTime", "When the number was bound to the instance."
              + " (号码创建时间，即关联到实例的时间。)"),
          computed("skill_group_ids", VARCHAR, "IDs of the skill groups the number is bound to,"
              + " joined with commas. (号码关联的技能组列表。)", row -> skillGroupIds(row.last())))
      .primaryKey("instance_id", "number")
      .references("instances", "instance_id")
      .pushdown(new Pushdown.Single("usage", "Usage"))
      .rowsPerInstance(20)
      .build();

  private PhoneNumbersTable() {
  }

  private static String skillGroupIds(ApiObject number) {
    if (!number.has("SkillGroups")) {
      return null;
    }
    return number.objects("SkillGroups").stream().map(group -> group.string("SkillGroupId"))
        .filter(Objects::nonNull).collect(Collectors.joining(","));
  }
}
