package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/**
 * {@code numbers}: each instance's phone numbers. Only {@code GetInstance} describes them in
 * full ({@code ListInstances} sends the bare numbers), so every instance is read with it.
 */
public final class NumbersTable {

  public static final TableDef DEF = TableDef.named("numbers")
      .remark("Phone numbers of each instance (Data.NumberList). (呼叫中心号码列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.GET_INSTANCE).instanceIdFrom("Id")
          .nested("NumberList"))
      .columns(
          instanceId(),
          key("number", "Number", "Phone number. (号码。)"),
          column("active", BOOLEAN, "Active", "Whether the number is available. (是否可用。)"),
          column("city", VARCHAR, "City", "City the number belongs to. (号码归属地市。)"),
          column("province", VARCHAR, "Province",
              "Province the number belongs to. (号码归属地省。)"),
          column("contact_flow_id", VARCHAR, "ContactFlowId",
              "ID of the IVR contact flow associated with the number."
                  + " (该电话号码所关联的联系流IVR ID。)"),
          column("usage", VARCHAR, "Usage", "What the number is used for. (号码用途。)"),
          column("user_id", VARCHAR, "UserId",
              "Agent ID; when set, the number is dedicated to that agent."
                  + " (坐席ID，如果此参数不为空，说明该号码是座席专属号码。)"))
      .primaryKey("instance_id", "number")
      .references("instances", "instance_id")
      .rowsPerInstance(10)
      .build();

  private NumbersTable() {
  }
}
