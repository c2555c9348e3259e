package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.joined;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.List;

/**
 * {@code realtime_agent_states}: what each agent is doing now. A snapshot: every statement
 * reads it anew.
 */
public final class RealtimeAgentStatesTable {

  /** ListRealtimeAgentStates takes at most 20 agent ids per call. */
  private static final int AGENT_IDS_PER_CALL = 20;

  public static final TableDef DEF = TableDef.named("realtime_agent_states")
      .remark("Live state of each agent, read anew by every statement"
          + " (ListRealtimeAgentStates). (实时坐席状态。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_REALTIME_AGENT_STATES))
      .columns(
          instanceId(),
          key("agent_id", "AgentId", "Agent ID. (坐席ID。)"),
          column("agent_name", VARCHAR, "AgentName", "Agent name. (坐席姓名。)"),
          column("state", VARCHAR, "State", "Agent state: Ready, Talking, ACW, Ringing, Break, Offline or Dialing."
              + " (坐席状态。)"),
          column("state_code", VARCHAR, "StateCode", "Sub-state where State alone does not tell, such as Monitoring."
              + " (子状态，部分场景下，仅用State字段无法完整表示坐席状态，因此需要子状态辅助，比如监听状态下，"
              + "State=Talking，StateCode=Monitoring。)"),
          column("state_time", BIGINT, "StateTime",
              "When the current state began, in epoch milliseconds as the API sends it."
              + " (状态开始的时间。)"),
          column("duration", BIGINT, "Duration", "How long the agent has been in this state, in seconds."
              + " (当前状态的持续时长，单位秒。)"),
          column("call_type", VARCHAR, "CallType", "Type of the current call, such as Inbound or Outbound. (通话类型。)"),
          column("counter_party", VARCHAR, "CounterParty",
              "The third party of a monitoring, coaching or consulting call."
              + " (用于一些特定的三方场景，主要是监听，辅导，咨询，在三方场景时表示第三方。)"),
          column("extension", VARCHAR, "Extension", "Agent extension number. (坐席分机号。)"),
          column("mobile", VARCHAR, "Mobile", "Personal phone number. (坐席的个人电话号码。)"),
          column("work_mode", VARCHAR, "WorkMode", "Work mode. (工作模式。)"),
          column("break_code", VARCHAR, "BreakCode", "Break code: the reason of a break. (小休码。)"),
          column("outbound_scenario", BOOLEAN, "OutboundScenario",
              "Whether the agent is in outbound-only mode. (坐席是否处于仅外呼模式。)"),
          joined("skill_group_ids", "SkillGroupIdList",
              "IDs of the skill groups the agent signed in to, joined with commas."
                  + " (坐席签入的技能组ID列表。)"),
          joined("skill_group_names", "SkillGroupNameList",
              "Names of the skill groups the agent signed in to, joined with commas."
                  + " (坐席签入的技能组名称列表。)"))
      .primaryKey("instance_id", "agent_id")
      .references("instances", "instance_id")
      .references(List.of("instance_id", "agent_id"), "users", List.of("instance_id", "user_id"))
      .pushdown(new Pushdown.ValueList("agent_id", "AgentIdList", AGENT_IDS_PER_CALL))
      .pushdown(new Pushdown.ValueList("state", "StateList", 100))
      .rowsPerInstance(50)
      .build();

  private RealtimeAgentStatesTable() {
  }
}
