package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static io.cccjdbc.calcite.Columns.key;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/** {@code admins}: the administrators each instance lists. */
public final class AdminsTable {

  public static final TableDef DEF = TableDef.named("admins")
      .remark("Administrators of each instance (Data.AdminList). (管理员列表。)")
      .rowsFrom(RowSource.perInstance(CccActions.GET_INSTANCE).instanceIdFrom("Id")
          .orFromDiscovery().nested("AdminList"))
      .columns(
          instanceId(),
          key("user_id", "UserId", "User ID. (用户ID。)"),
          column("login_name", VARCHAR, "LoginName", "User login name. (用户登陆名。)"),
          column("display_name", VARCHAR, "DisplayName", "The administrator's name. (管理员的姓名。)"),
          column("email", VARCHAR, "Email", "Email address. (电子邮件地址。)"),
          column("extension", VARCHAR, "Extension", "Extension number. (分机号码。)"),
          column("mobile", VARCHAR, "Mobile", "The user's phone number. (用户电话号码。)"),
          column("role_id", VARCHAR, "RoleId", "The user's role ID. (用户的角色ID。)"),
          column("role_name", VARCHAR, "RoleName",
              "Role name: Admin (administrator), Manager (skill group leader) or Agent."
                  + " (角色名称。管理员（Admin）、技能组组长（Manager）、坐席（Agent）)"),
          column("work_mode", VARCHAR, "WorkMode", "Work mode. (工作模式。)"))
      .primaryKey("instance_id", "user_id")
      .references("instances", "instance_id")
      .rowsPerInstance(3)
      .build();

  private AdminsTable() {
  }
}
