package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.computed;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/** {@code users}: the agents (users) of each instance. */
public final class UsersTable {

  public static final TableDef DEF = TableDef.named("users")
      .remark("Agents of each instance (ListUsers Data.List). (坐席列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.LIST_USERS))
      .columns(
          instanceId(),
          key("user_id", "UserId", "Agent ID, as name@instance-id. (坐席ID。)"),
          column("login_name", VARCHAR, "LoginName", "Agent login name. (坐席登录名。)"),
          column("display_name", VARCHAR, "DisplayName", "Agent display name. (坐席展示名。)"),
          column("display_id", VARCHAR, "DisplayId", "Agent work (employee) number. (坐席的工号。)"),
          column("email", VARCHAR, "Email", "Email address. (邮箱。)"),
          column("extension", VARCHAR, "Extension", "Extension number. (座机分机号。)"),
          column("mobile", VARCHAR, "Mobile", "Personal phone number. (坐席的个人电话号码。)"),
          column("role_id", VARCHAR, "RoleId", "Role ID, as role@instance-id. (角色ID，格式为：角色@实例ID。)"),
          column("role_name", VARCHAR, "RoleName",
              "Role name: Admin, Manager (skill group leader) or Agent. (角色名称。)"),
          column("work_mode", VARCHAR, "WorkMode",
              "Work mode: ON_SITE, OFF_SITE or OFFICE_PHONE. (工作模式。)"),
          column("device_id", VARCHAR, "DeviceId",
              "ID of the registered device (WebRTC softphone or phone); one at a time."
              + " (设备ID，浏览器WebRTC软电话或实体话机设备的标识ID，同一时间只允许一种设备注册。)"),
          column("device_ext", VARCHAR, "DeviceExt", "SIP phone extension, when the agent registered a SIP phone."
              + " (SIP话机分机号，如果座席注册了SIP话机，则此参数为SIP话机设备的分机号。)"),
          column("device_state", VARCHAR, "DeviceState",
              "SIP phone state: UNREGISTERED, OFFLINE or ONLINE."
                  + " (SIP话机设备的状态，如果未注册SIP话机，则状态为UNREGISTERED（未注册），如过SIP话机注册过但是"
                  + "不在线，则状态为OFFLINE（离线），如果SIP话机注册过并且在线则为ONLINE（在线）。)"),
          computed("primary_account", BOOLEAN,
              "Whether the agent's RAM account is the primary account (Primary; the deprecated"
                  + " PrimaryAccount when Primary is absent). (坐席映射的RAM账户是否为RAM主账号。)",
              row -> primary(row.last())),
          column("ram_id", BIGINT, "RamId", "UID of the RAM account linked to the agent. (坐席关联的RAM账号的UID。)"))
      .primaryKey("instance_id", "user_id")
      .references("instances", "instance_id")
      .rowsPerInstance(50)
      .build();

  private UsersTable() {
  }

  private static Boolean primary(ApiObject user) {
    return user.has("Primary") ? user.bool("Primary") : user.bool("PrimaryAccount");
  }
}
