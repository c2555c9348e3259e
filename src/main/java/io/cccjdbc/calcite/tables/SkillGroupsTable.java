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
 * {@code skill_groups}: each instance's skill groups (queues). ListSkillGroups answers for
 * one media type, AUDIO when none is named, so a scan asks for each type it may need.
 */
public final class SkillGroupsTable {

  public static final TableDef DEF = TableDef.named("skill_groups")
      .remark("Skill groups of each instance, of every media type (ListSkillGroups)."
          + " (技能组列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_SKILL_GROUPS))
      .columns(
          instanceId(),
          key("skill_group_id", "SkillGroupId", "Skill group ID. (技能组ID。)"),
          column("name", VARCHAR, "SkillGroupName", "Skill group name. (技能组名称。)"),
          column("display_name", VARCHAR, "DisplayName",
              "Skill group display name. (技能组展示名。)"),
          column("description", VARCHAR, "Description", "Skill group description. (技能组的描述。)"),
          column("media_type", VARCHAR, "MediaType",
              "Media type: AUDIO, CHAT or VIDEO."
              + " (媒体类型，默认是语音(AUDIO), 其他可选参数包括CHAT和VIDEO。)"),
          column("user_count", INTEGER, "UserCount",
              "Number of agents in the skill group. (技能组关联的坐席数量。)"),
          column("phone_number_count", INTEGER, "PhoneNumberCount",
              "Number of phone numbers bound to the skill group. (技能组关联的号码数量。)"))
      .primaryKey("instance_id", "skill_group_id")
      .references("instances", "instance_id")
      .pushdown(new Pushdown.EachOf("media_type", "MediaType", List.of("AUDIO", "CHAT", "VIDEO")))
      .rowsPerInstance(20)
      .build();

  private SkillGroupsTable() {
  }
}
