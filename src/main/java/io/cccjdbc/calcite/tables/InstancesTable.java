package io.cccjdbc.calcite.tables;

import static io.cccjdbc.calcite.Columns.column;
import static io.cccjdbc.calcite.Columns.instanceId;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.RowSource;
import io.cccjdbc.calcite.TableDef;

/** {@code instances}: one row per contact center instance. */
public final class InstancesTable {

  public static final TableDef DEF = TableDef.named("instances")
      .remark("Contact center instances, one row per instance (GetInstance Data)."
          + " (云呼实例详细信息。)")
      .rowsFrom(RowSource.perInstance(CccActions.GET_INSTANCE).instanceIdFrom("Id")
          .orFromDiscovery())
      .columns(
          instanceId(),
          column("name", VARCHAR, "Name", "Instance name. (呼叫中心实例名称。)"),
          column("description", VARCHAR, "Description",
              "Short description of the instance. (呼叫中心实例简单描述。)"),
          column("domain_name", VARCHAR, "DomainName",
              "Second-level domain name of the instance, globally unique."
                  + " (呼叫中心实例的二级域名，全局唯一。)"),
          column("console_url", VARCHAR, "ConsoleUrl",
              "Console URL: the official contact center URL followed by the instance's domain"
                  + " name. (呼叫中心控制台URL，由阿里云呼叫中心官方URL加呼叫中心实例的域名组成。)"),
          column("aliyun_uid", VARCHAR, "AliyunUid",
              "ID of the Alibaba Cloud account that owns the instance's specification."
                  + " (呼叫中心系统规格所对应的阿里云账户ID。)"),
          column("status", VARCHAR, "Status", "Instance status. (实例状态。)"))
      .primaryKey("instance_id")
      .rowsPerInstance(1)
      .build();

  private InstancesTable() {
  }
}
