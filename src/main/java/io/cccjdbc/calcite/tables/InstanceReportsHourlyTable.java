package io.cccjdbc.calcite.tables;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/** {@code instance_reports_hourly}: each instance's figures, hour by hour. */
public final class InstanceReportsHourlyTable {

  public static final TableDef DEF = InstanceReports.table("instance_reports_hourly", "Hourly",
      "Each instance's figures hour by hour (ListIntervalInstanceReport, Interval=Hourly)."
          + " (实例分段统计报表，按小时。)",
      RowSource.perInstance(CccActions.LIST_INTERVAL_INSTANCE_REPORT));

  private InstanceReportsHourlyTable() {
  }
}
