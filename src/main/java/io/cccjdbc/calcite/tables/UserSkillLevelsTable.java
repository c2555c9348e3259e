package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.List;

/**
 * {@code user_skill_levels}: which skill groups each user belongs to, at which level. Read
 * from the same {@code ListUsers} answers as {@code users}, so a query of both makes the
 * calls once.
 */
public final class UserSkillLevelsTable {

  public static final TableDef DEF = TableDef.named("user_skill_levels")
      .remark("Skill groups of each agent with the agent's skill level"
          + " (ListUsers Data.List[].SkillLevelList). (坐席的技能组及技能等级。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_USERS).nested("SkillLevelList"))
      .columns(
          instanceId(),
          key("user_id", 0, "UserId", "Agent ID. (坐席ID。)"),
          key("skill_group_id", "SkillGroupId", "Skill group ID. (技能组ID。)"),
          column("skill_group_name", VARCHAR, "SkillGroupName", "Skill group name. (技能组名称。)"),
          column("skill_level", INTEGER, "SkillLevel",
              "The agent's skill level in the group, 1 to 10. (技能等级。)"))
      .primaryKey("instance_id", "user_id", "skill_group_id")
      .references("instances", "instance_id")
      .references(List.of("instance_id", "user_id"), "users", List.of("instance_id", "user_id"))
      .references(List.of("instance_id", "skill_group_id"), "skill_groups",
          List.of("instance_id", "skill_group_id"))
      // ListUsers filters users by group; each user still carries all its groups, and the
      // filter stays applied to those rows.
      .pushdown(new Pushdown.Single("skill_group_id", "SkillGroupId"))
      .rowsPerInstance(100)
      .build();

  private UserSkillLevelsTable() {
  }
}
