package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccjdbc.SpecExample;
import io.cccjdbc.api.ApiObject;
import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.api.CccActions;
import io.cccjdbc.calcite.tables.AdminsTable;
import io.cccjdbc.calcite.tables.InstancesTable;
import io.cccjdbc.calcite.tables.NumberSkillGroupsTable;
import io.cccjdbc.calcite.tables.NumbersTable;
import io.cccjdbc.calcite.tables.UsersTable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spec's example instance as the tables show it, and the catalog's own invariants. */
class CccTablesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ApiRequest REQUEST =
      ApiRequest.of(CccActions.GET_INSTANCE, Map.of("InstanceId", "ccc-test"));

  private static ApiObject specInstance() throws Exception {
    return ApiObject.of(JSON.readTree(SpecExample.json()).get("Data"), REQUEST, "R");
  }

  private static List<Object[]> rows(TableDef table, ApiObject item) {
    List<Object[]> rows = new ArrayList<>();
    table.rows("ccc-test", ZoneOffset.UTC, item, rows::add);
    return rows;
  }

  @Test
  void specExampleGivesOneRowPerInstanceTableWithEveryValue() throws Exception {
    ApiObject spec = specInstance();
    assertArrayEquals(SpecExample.INSTANCE_ROW, rows(InstancesTable.DEF, spec).get(0));
    assertArrayEquals(SpecExample.ADMIN_ROW, rows(AdminsTable.DEF, spec).get(0));
    assertArrayEquals(SpecExample.NUMBER_ROW, rows(NumbersTable.DEF, spec).get(0));
    assertArrayEquals(SpecExample.NUMBER_SKILL_GROUP_ROW,
        rows(NumberSkillGroupsTable.DEF, spec).get(0));
    for (TableDef table : List.of(InstancesTable.DEF, AdminsTable.DEF, NumbersTable.DEF,
        NumberSkillGroupsTable.DEF)) {
      assertEquals(1, rows(table, spec).size(), table.name());
      assertEquals(table.columns().size(), rows(table, spec).get(0).length, table.name());
    }
  }

  @Test
  void missingKeyValueFailsRatherThanInventingOne() throws Exception {
    JsonNode data = JSON.readTree("{\"Id\":\"i\",\"NumberList\":[{\"Active\":true}]}");

    MissingKeyValueException e = assertThrows(MissingKeyValueException.class,
        () -> rows(NumbersTable.DEF, ApiObject.of(data, REQUEST, "R")));
    assertTrue(e.getMessage().contains("number"), e.getMessage());
    assertTrue(e.getMessage().startsWith("GetInstance InstanceId=ccc-test"), e.getMessage());
  }

  @Test
  void primaryAccountReadsPrimaryAndFallsBackToTheDeprecatedField() throws Exception {
    ApiRequest users = ApiRequest.of(CccActions.LIST_USERS, Map.of("InstanceId", "i"));
    int column = UsersTable.DEF.columnIndex("primary_account");
    for (String[] c : new String[][] {{"\"Primary\":true,\"PrimaryAccount\":false", "true"},
        {"\"PrimaryAccount\":\"true\"", "true"}, {"\"Primary\":\"0\"", "false"}, {"", "null"}}) {
      ApiObject user = ApiObject.of(JSON.readTree("{\"UserId\":\"u\"" + (c[0].isEmpty() ? "" : ",")
          + c[0] + "}"), users, "R");
      assertEquals(c[1], String.valueOf(rows(UsersTable.DEF, user).get(0)[column]), c[0]);
    }
  }

  @Test
  void everyTableHasInstanceIdFirstAKeyAndUniqueNames() {
    Set<String> names = new HashSet<>();
    for (TableDef table : CccTables.ALL) {
      assertTrue(names.add(table.name()), table.name());
      assertEquals(CccTables.INSTANCE_ID, table.columns().get(0).name(), table.name());
      assertEquals(CccTables.INSTANCE_ID, table.primaryKey().get(0), table.name());
      assertEquals(table.columns().size(),
          table.columns().stream().map(ColumnDef::name).distinct().count(), table.name());
      assertTrue(table.remark() != null && !table.remark().isBlank(), table.name());
      table.columns().forEach(c -> assertTrue(!c.remark().isBlank(), table.name() + c.name()));
    }
  }

  @Test
  void everyForeignKeyReferencesTheKeyOfATableInTheCatalog() {
    for (TableDef table : CccTables.ALL) {
      for (ForeignKey key : table.foreignKeys()) {
        TableDef referenced = CccTables.find(key.referencedTable()).orElseThrow();
        assertEquals(referenced.primaryKey(), key.referencedColumns(), table.name());
        key.columns().forEach(c -> assertTrue(table.columnIndex(c) >= 0, table.name() + c));
      }
      if (!table.name().equals("instances")) {
        assertTrue(table.foreignKeys().stream()
            .anyMatch(k -> k.referencedTable().equals("instances")
                || k.columns().contains(CccTables.INSTANCE_ID)), table.name());
      }
    }
  }
}
