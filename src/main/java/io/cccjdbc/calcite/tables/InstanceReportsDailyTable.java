package io.cccjdbc.calcite.tables;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/** {@code instance_reports_daily}: each instance's figures, day by day. */
public final class InstanceReportsDailyTable {

  public static final TableDef DEF = InstanceReports.table("instance_reports_daily", "Daily",
      "Each instance's figures day by day (ListIntervalInstanceReport, Interval=Daily); a day"
          + " is the service's. (实例分段统计报表，按天。)",
      RowSource.perInstance(CccActions.LIST_INTERVAL_INSTANCE_REPORT));

  private InstanceReportsDailyTable() {
  }
}
