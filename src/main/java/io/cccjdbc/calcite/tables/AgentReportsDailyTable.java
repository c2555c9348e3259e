package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.requestKey;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code agent_reports_daily}: each agent's figures, day by day. The API answers for one agent
 * a request, so the agents come from an {@code agent_id} filter, or else from the instance's
 * {@code ListUsers} pages (those of any {@code users} scan of the statement).
 */
public final class AgentReportsDailyTable {

  public static final TableDef DEF = table();

  private AgentReportsDailyTable() {
  }

  private static TableDef table() {
    List<ColumnDef> columns = new ArrayList<>(List.of(instanceId(),
        requestKey("agent_id", "AgentId", "Agent ID. (坐席ID。)"),
        InstanceReports.statsTime("Daily")));
    columns.addAll(Metric.columns("Inbound", AgentReportMetrics.INBOUND));
    columns.addAll(Metric.columns("Outbound", AgentReportMetrics.OUTBOUND));
    columns.addAll(Metric.columns("Internal", AgentReportMetrics.INTERNAL));
    columns.addAll(Metric.columns("Back2Back", AgentReportMetrics.BACK2BACK));
    columns.addAll(Metric.columns("Overall", AgentReportMetrics.OVERALL));
    return TableDef.named("agent_reports_daily")
        .remark("Each agent's figures day by day (ListIntervalAgentReport, Interval=Daily)."
            + " (坐席分段统计报表，按天。)")
        .rowsFrom(RowSource.perInstance(CccActions.LIST_INTERVAL_AGENT_REPORT)
            .with("Interval", "Daily"))
        .columns(columns.toArray(ColumnDef[]::new))
        .primaryKey("instance_id", "agent_id", "stats_time")
        .references("instances", "instance_id")
        .references(List.of("instance_id", "agent_id"), "users", List.of("instance_id", "user_id"))
        .pushdown(new Pushdown.TimeRange("stats_time", "StartTime", "EndTime"))
        .pushdown(new Pushdown.PerItem("agent_id", "AgentId", CccActions.LIST_USERS, "UserId"))
        .rowsPerInstance(30 * 50)
        .build();
  }
}
