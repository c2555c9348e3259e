package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.List;

/**
 * {@code realtime_skill_group_states}: the live state of each skill group (queue). A
 * snapshot: every statement reads it anew.
 */
public final class RealtimeSkillGroupStatesTable {

  public static final TableDef DEF = TableDef.named("realtime_skill_group_states")
      .remark("Live state of each skill group (queue), read anew by every statement"
          + " (ListRealtimeSkillGroupStates). (实时技能组状态。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_REALTIME_SKILL_GROUP_STATES))
      .columns(
          instanceId(),
          key("skill_group_id", "SkillGroupId", "Skill group ID. (技能组ID。)"),
          column("skill_group_name", VARCHAR, "SkillGroupName", "Skill group name. (技能组名称。)"),
          column("logged_in_agents", BIGINT, "LoggedInAgents",
              "Agents online now. (当前在线坐席数量。)"),
          column("ready_agents", BIGINT, "ReadyAgents", "Agents ready (idle) now. (当前空闲坐席数。)"),
          column("talking_agents", BIGINT, "TalkingAgents", "Agents talking now. (当前正在通话坐席数。)"),
          column("working_agents", BIGINT, "WorkingAgents",
              "Agents in after-call work (ACW) now. (当前话后处理中的坐席数量。)"),
          column("breaking_agents", BIGINT, "BreakingAgents", "Agents on a break now. (当前小休坐席数。)"),
          column("total_agents", BIGINT, "TotalAgents", "Agents of the group. (总坐席数。)"),
          column("outbound_scenario_ready_agents", BIGINT, "OutboundScenarioReadyAgents",
              "Agents in outbound-only mode that are ready."
                  + " (处于仅外呼模式且在空闲状态的坐席数量。)"),
          column("waiting_calls", BIGINT, "WaitingCalls", "Calls queued now. (当前排队电话个数。)"),
          column("longest_waiting_time", BIGINT, "LongestWaitingTime",
              "Longest wait of a call queued now, in seconds. (当前最大排队等待时长，单位秒)"))
      .primaryKey("instance_id", "skill_group_id")
      .references("instances", "instance_id")
      .references(List.of("instance_id", "skill_group_id"), "skill_groups",
          List.of("instance_id", "skill_group_id"))
      .pushdown(new Pushdown.ValueList("skill_group_id", "SkillGroupIdList", 100))
      .rowsPerInstance(20)
      .build();

  private RealtimeSkillGroupStatesTable() {
  }
}
