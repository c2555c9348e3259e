package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cccjdbc.SpecExample;
import io.cccjdbc.api.Instance;
import io.cccjdbc.api.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's example instance, as the four tables show it. */
class CccTablesTest {

  private static final Instance SPEC = SpecExample.INSTANCE;

  private static List<Object[]> rows(TableDef<?> table, Instance instance) {
    return table.rows(instance).toList();
  }

  @Test
  void specExampleGivesOneRowPerTableWithEveryValue() {
    assertArrayEquals(new Object[] {"ccc-test", "云呼测试实例", "测试实例", "ccc-test",
        "https://ccc-v2.aliyun.com/#/workbench/ccc-test", "1571234567890123", "RUNNING"},
        rows(CccTables.INSTANCES, SPEC).get(0));
    assertArrayEquals(new Object[] {"ccc-test", "user-test@ccc-test", "user-test", "云呼测试1",
        "18866668888@163.com", "80326034", "138xxxx2114", "Admin@ccc-test", "Admin", "ON_SITE"},
        rows(CccTables.ADMINS, SPEC).get(0));
    assertArrayEquals(new Object[] {"ccc-test", "083xxxx0011", true, "乐山", "四川",
        "a3fb6c62-9b49-4942-ae5b-cf2abd4123ek", "Bidirection", "user-test@ccc-test"},
        rows(CccTables.NUMBERS, SPEC).get(0));
    assertArrayEquals(new Object[] {"ccc-test", "083xxxx0011", "test@ccc-test", "test",
        "测试技能组", "测试", 1, 2}, rows(CccTables.NUMBER_SKILL_GROUPS, SPEC).get(0));
    for (TableDef<?> table : CccTables.ALL) {
      assertEquals(1, rows(table, SPEC).size(), table.name());
    }
  }

  @Test
  void rowsHaveOneValuePerColumn() {
    for (TableDef<?> table : CccTables.ALL) {
      assertEquals(table.columns().size(), rows(table, SPEC).get(0).length, table.name());
    }
  }

  @Test
  void missingKeyValueFailsRatherThanInventingOne() {
    Instance numberWithoutNumber = new Instance("i", null, null, null, null, null, null, null,
        List.of(new PhoneNumber("i", null, true, null, null, null, null, null, null)));

    MissingKeyValueException e = assertThrows(MissingKeyValueException.class,
        () -> rows(CccTables.NUMBERS, numberWithoutNumber));
    assertEquals(true, e.getMessage().contains("number"));
  }
}
