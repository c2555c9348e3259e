package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.epochTime;
import static io.cccjdbc.calcite.Columns.instanceId;

import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;
import java.util.ArrayList;
import java.util.List;

/** What the daily and hourly instance reports share: all but their name and interval. */
final class InstanceReports {

  private InstanceReports() {
  }

  static TableDef table(String name, String interval, String remark, RowSource source) {
    List<ColumnDef> columns = new ArrayList<>(List.of(instanceId(),
        statsTime(interval)));
    columns.addAll(Metric.columns("Inbound", InstanceReportMetrics.INBOUND));
    columns.addAll(Metric.columns("Outbound", InstanceReportMetrics.OUTBOUND));
    columns.addAll(Metric.columns("Overall", InstanceReportMetrics.OVERALL));
    return TableDef.named(name)
        .remark(remark)
        .rowsFrom(source.with("Interval", interval))
        .columns(columns.toArray(ColumnDef[]::new))
        .primaryKey("instance_id", "stats_time")
        .references("instances", "instance_id")
        .pushdown(new Pushdown.TimeRange("stats_time", "StartTime", "EndTime"))
        .rowsPerInstance(interval.equals("Daily") ? 30 : 240)
        .build();
  }

  /** The bucket's start: whole hours, days as the service counts them. */
  static ColumnDef statsTime(String interval) {
    return epochTime("stats_time", "StatsTime", "Start of the " + (interval.equals("Daily")
        ? "day (the service's day, in Asia/Shanghai)" : "hour") + " the figures count, in"
        + " timeZone's wall clock; where clocks go back, the repeated hour shows twice."
        + " (开始时间。)").asKey();
  }
}
