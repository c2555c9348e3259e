package io.cccjdbc.jdbc;

import io.cccjdbc.emulator.Dataset;

/**
 * Instances written to catch what the demo data does not: every spelling of a boolean and an
 * integer the API uses, absent, null and empty values side by side, a null list item, items
 * whose own InstanceId names another instance, the same number in three instances, names that
 * differ only in case or a trailing space, an apostrophe in an id, an instance id in upper
 * case, an id sent as a JSON number, and instances without admins, numbers or anything at all.
 */
final class QuirkyDataset {

  private QuirkyDataset() {
  }

  static Dataset create() {
    return Dataset.fromJson("""
        [
          {
            "Id": "ccc-north", "Name": "北方客服中心", "Description": "北京、天津客服热线",
            "DomainName": "north", "ConsoleUrl": "https://ccc-v2.aliyun.com/#/workbench/north",
            "AliyunUid": "1570000000000001", "Status": "RUNNING",
            "CreateTime": 1700000000000, "Brand": "a field the driver does not know",
            "AdminList": [
              {"UserId": "zhao@ccc-north", "LoginName": "zhao", "DisplayName": "赵敏",
               "Email": "zhao@example.com", "Extension": "8001", "Mobile": "138xxxx0001",
               "RoleId": "Admin@ccc-north", "RoleName": "Admin", "WorkMode": "ON_SITE",
               "InstanceId": "ccc-north"},
              {"UserId": "qian@ccc-north", "LoginName": "Qian", "DisplayName": "钱 Lei ",
               "Email": "", "RoleName": "admin", "WorkMode": "on_site"},
              null,
              {"UserId": "sun@ccc-north", "LoginName": "sun", "DisplayName": null,
               "Extension": "  8003", "RoleName": "Manager", "InstanceId": "ccc-elsewhere"}
            ],
            "NumberList": [
              {"Number": "010xxxx0001", "Active": "TRUE", "City": "北京", "Province": "北京",
               "ContactFlowId": "flow-1", "Usage": "Inbound", "UserId": "zhao@ccc-north",
               "SkillGroups": [
                 {"SkillGroupId": "sg-sales@ccc-north", "Name": "sales", "DisplayName": "销售",
                  "Description": "售前咨询", "PhoneNumberCount": "2", "UserCount": "10"},
                 {"SkillGroupId": "sg-care@ccc-north", "Name": "care", "DisplayName": "客服",
                  "Description": "", "PhoneNumberCount": 1, "UserCount": 0}
               ]},
              {"Number": "022xxxx0002", "Active": 0, "City": "天津", "Province": "天津",
               "Usage": "inbound", "InstanceId": "ccc-elsewhere",
               "SkillGroups": [
                 {"SkillGroupId": "sg-sales@ccc-north", "Name": "sales", "DisplayName": "销售",
                  "PhoneNumberCount": "2", "UserCount": ""}
               ]},
              {"Number": "4001234567", "Active": 1, "City": "", "Province": "",
               "Usage": "Bidirection", "SkillGroups": null},
              {"Number": "010xxxx0004", "City": null, "Usage": "OUTBOUND"}
            ]
          },
          {
            "Id": "ccc-south", "Name": "南方客服中心", "Description": "广州 客服 热线",
            "DomainName": "south", "AliyunUid": 1570000000000002, "Status": "Running",
            "AdminList": [
              {"UserId": "zhao@ccc-south", "LoginName": "zhao", "DisplayName": "赵敏",
               "Email": "zhao@example.com", "RoleName": "Admin", "WorkMode": "OFF_SITE"}
            ],
            "NumberList": [
              {"Number": "4001234567", "Active": "false", "City": "广州", "Province": "广东",
               "Usage": "Inbound", "UserId": "zhao@ccc-south",
               "SkillGroups": [
                 {"SkillGroupId": "sg-sales@ccc-south", "Name": "Sales", "DisplayName": "销售",
                  "PhoneNumberCount": "1", "UserCount": "10", "InstanceId": "ccc-north"}
               ]},
              {"Number": "020xxxx0002", "Active": "1", "City": "广州", "Province": "广东",
               "Usage": "Outbound", "SkillGroups": []},
              {"Number": "0755xxxx003", "Active": "", "City": "深圳", "Province": "广东",
               "Usage": "Inbound",
               "SkillGroups": [
                 {"SkillGroupId": "sg-vip@ccc-south", "Name": "vip", "DisplayName": "VIP 客服😀",
                  "Description": "大客户", "UserCount": 3}
               ]}
            ]
          },
          {"Id": "ccc-empty"},
          {
            "Id": "CCC-Mixed", "Name": "Mixed Case Inc", "Description": "", "DomainName": "mixed",
            "AliyunUid": "1570000000000001", "Status": "STOPPED", "AdminList": [],
            "NumberList": [
              {"Number": "021xxxx0001", "Active": true, "City": "上海", "Province": "上海",
               "Usage": "Inbound"},
              {"Number": "021xxxx0002", "Active": false, "City": "上海", "Province": "上海",
               "Usage": "Inbound", "UserId": "ghost@CCC-Mixed"}
            ]
          },
          {
            "Id": "ccc-west", "Name": "Global Sales", "Description": "Overseas & 海外销售",
            "DomainName": "west", "ConsoleUrl": "https://ccc-v2.aliyun.com/#/workbench/west",
            "AliyunUid": "1570000000000003", "Status": "CREATING",
            "AdminList": [
              {"UserId": "o'brien@ccc-west", "LoginName": "o'brien", "DisplayName": "Pat O'Brien",
               "RoleName": "Agent", "Mobile": ""}
            ],
            "NumberList": null
          },
          {
            "Id": "ccc-east", "Name": "global sales", "Description": "GLOBAL SALES backup",
            "DomainName": "east", "AliyunUid": "1570000000000003", "Status": "RUNNING",
            "AdminList": [
              {"UserId": "a1@ccc-east", "LoginName": "a1", "DisplayName": "Ann", "RoleName": "Admin",
               "Extension": "100"},
              {"UserId": "a2@ccc-east", "LoginName": "a2", "DisplayName": "ann", "RoleName": "Admin",
               "Extension": "100 "}
            ],
            "NumberList": [
              {"Number": "4001234567", "Active": "0", "Usage": "Bidirection",
               "SkillGroups": [
                 {"SkillGroupId": "sg-sales@ccc-east", "Name": "sales", "DisplayName": "销售",
                  "Description": "售前咨询", "PhoneNumberCount": 3, "UserCount": "7"},
                 {"SkillGroupId": "sg-care@ccc-east", "Name": "care", "PhoneNumberCount": "0",
                  "UserCount": null}
               ]},
              {"Number": "0571xxxx0002", "Active": "true", "City": "杭州", "Province": "浙江",
               "Usage": "Inbound", "ContactFlowId": "flow-1",
               "SkillGroups": [
                 {"SkillGroupId": "sg-sales@ccc-east", "Name": "sales", "DisplayName": "销售",
                  "PhoneNumberCount": 3, "UserCount": "7"}
               ]}
            ]
          }
        ]
        """);
  }
}
