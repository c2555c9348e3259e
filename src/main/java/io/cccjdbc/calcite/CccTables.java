package io.cccjdbc.calcite;

import io.cccjdbc.calcite.tables.AdminsTable;
import io.cccjdbc.calcite.tables.AgentReportsDailyTable;
import io.cccjdbc.calcite.tables.CallDetailRecordsTable;
import io.cccjdbc.calcite.tables.ContactFlowsTable;
import io.cccjdbc.calcite.tables.InstanceReportsDailyTable;
import io.cccjdbc.calcite.tables.InstanceReportsHourlyTable;
import io.cccjdbc.calcite.tables.InstancesTable;
import io.cccjdbc.calcite.tables.NumberSkillGroupsTable;
import io.cccjdbc.calcite.tables.NumbersTable;
import io.cccjdbc.calcite.tables.PhoneNumbersTable;
import io.cccjdbc.calcite.tables.RealtimeAgentStatesTable;
import io.cccjdbc.calcite.tables.RealtimeSkillGroupStatesTable;
import io.cccjdbc.calcite.tables.SkillGroupsTable;
import io.cccjdbc.calcite.tables.UserSkillLevelsTable;
import io.cccjdbc.calcite.tables.UsersTable;
import java.util.List;
import java.util.Optional;

/**
 * The catalog: every table, one line each, in the order documentation and metadata list them.
 * It is the one source of the tables' names, types, remarks, keys and pushdowns.
 */
public final class CccTables {

  /** The column every table has: it decides which instances a query fetches. */
  public static final String INSTANCE_ID = Columns.INSTANCE_ID;

  public static final List<TableDef> ALL = List.of(
      InstancesTable.DEF,
      AdminsTable.DEF,
      NumbersTable.DEF,
      NumberSkillGroupsTable.DEF,
      UsersTable.DEF,
      UserSkillLevelsTable.DEF,
      SkillGroupsTable.DEF,
      ContactFlowsTable.DEF,
      PhoneNumbersTable.DEF,
      RealtimeAgentStatesTable.DEF,
      RealtimeSkillGroupStatesTable.DEF,
      CallDetailRecordsTable.DEF,
      InstanceReportsDailyTable.DEF,
      InstanceReportsHourlyTable.DEF,
      AgentReportsDailyTable.DEF);

  private CccTables() {
  }

  public static Optional<TableDef> find(String name) {
    return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
  }
}
