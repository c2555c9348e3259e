package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static io.cccjdbc.calcite.Columns.writtenDateTime;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.Pushdown;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/** {@code contact_flows}: each instance's IVR contact flows. */
public final class ContactFlowsTable {

  public static final TableDef DEF = TableDef.named("contact_flows")
      .remark("IVR contact flows of each instance (ListContactFlows). (IVR联系流列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_CONTACT_FLOWS))
      .columns(
          instanceId(),
          key("contact_flow_id", "ContactFlowId", "IVR contact flow ID. (IVR联系流ID。)"),
          column("name", VARCHAR, "Name", "Contact flow name. (IVR联系流名称。)"),
          column("description", VARCHAR, "Description", "Version description. (版本描述。)"),
          column("type", VARCHAR, "Type", "Flow type: MAIN_FLOW, SUB_FLOW or SURVEY_FLOW. (IVR联系流类型。)"),
          column("published", BOOLEAN, "Published",
              "Whether the flow has ever been published. (是否发布过。)"),
          column("editor", VARCHAR, "Editor", "Login name of the agent editing the draft. (此草稿的当前编辑者的坐席登录名。)"),
          column("draft_id", VARCHAR, "DraftId", "Draft ID, when the flow is not published."
              + " (草稿ID，当IVR流程处于未发布状态时返回此字段。)"),
          writtenDateTime("created_time", "CreatedTime",
              "When the flow was created, the wall-clock value the API writes. (创建时间。)"),
          writtenDateTime("updated_time", "UpdatedTime",
              "When the flow was last changed, the wall-clock value the API writes."
                  + " (上次修改的时间。)"),
          column("definition", VARCHAR, "Definition",
              "The flow's definition, JSON text (can be large). (IVR的内容，由后台解析，客户无需关心。)"))
      .primaryKey("instance_id", "contact_flow_id")
      .references("instances", "instance_id")
      .pushdown(new Pushdown.Single("type", "Type"))
      .rowsPerInstance(10)
      .build();

  private ContactFlowsTable() {
  }
}
