package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.List;

/** {@code number_skill_groups}: the skill groups each phone number is associated with. */
public final class NumberSkillGroupsTable {

  public static final TableDef DEF = TableDef.named("number_skill_groups")
      .remark("Skill groups associated with each phone number"
          + " (Data.NumberList[].SkillGroups). (号码所关联的技能组列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.GET_INSTANCE).instanceIdFrom("Id")
          .nested("NumberList", "SkillGroups"))
      .columns(
          instanceId(),
          key("number", 1, "Number", "Phone number. (号码。)"),
          key("skill_group_id", "SkillGroupId", "Skill group ID. (技能组ID。)"),
          column("name", VARCHAR, "Name", "Skill group name. (技能组名称。)"),
          column("display_name", VARCHAR, "DisplayName",
              "Skill group display name. (技能组展示名。)"),
          column("description", VARCHAR, "Description", "Skill group description. (技能组描述。)"),
          column("phone_number_count", INTEGER, "PhoneNumberCount",
              "Number of phone numbers associated with the skill group. (该技能组关联的号码数量。)"),
          column("user_count", INTEGER, "UserCount",
              "Number of agents associated with the skill group. (技能组所关联的客服数量。)"))
      .primaryKey("instance_id", "number", "skill_group_id")
      .references(List.of("instance_id", "number"), "numbers", List.of("instance_id", "number"))
      .rowsPerInstance(15)
      .build();

  private NumberSkillGroupsTable() {
  }
}
