package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.CccConfigParsingTest.properties;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.DriverPropertyInfo;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertyInfoTest {

  private static DriverPropertyInfo info(DriverPropertyInfo[] infos, CccProperty property) {
    return infos[property.ordinal()];
  }

  @Test
  void everyPropertyIsListedInOrderWithItsDescription() {
    DriverPropertyInfo[] infos = CccConfig.propertyInfo("jdbc:ccc:", new Properties());
    assertEquals(CccProperty.values().length, infos.length);
    for (CccProperty property : CccProperty.values()) {
      DriverPropertyInfo info = info(infos, property);
      assertEquals(property.propertyName(), info.name);
      assertEquals(property.description(), info.description);
      assertEquals(property.defaultValue(), info.value);
      assertFalse(info.required);
    }
  }

  @Test
  void choicesAreGivenOnlyWhereValuesAreClosed() {
    DriverPropertyInfo[] infos = CccConfig.propertyInfo("jdbc:ccc:", null);
    assertArrayEquals(new String[] {"true", "false"}, info(infos, CccProperty.DEMO).choices);
    assertArrayEquals(new String[] {"PKCS12", "JKS"},
        info(infos, CccProperty.TRUST_STORE_TYPE).choices);
    assertNull(info(infos, CccProperty.REGION).choices);
  }

  @Test
  void currentValuesComeFromTheUrlThenPropertiesThenDefaults() {
    DriverPropertyInfo[] infos = CccConfig.propertyInfo("jdbc:ccc:region=cn-beijing;user=",
        properties("REGION", "cn-hangzhou", "user", "fromProperties", "readTimeout", "60",
            "demo", ""));
    assertEquals("cn-beijing", info(infos, CccProperty.REGION).value);
    assertEquals("fromProperties", info(infos, CccProperty.USER).value);
    assertEquals("60", info(infos, CccProperty.READ_TIMEOUT).value);
    assertEquals("false", info(infos, CccProperty.DEMO).value);
    assertNull(info(infos, CccProperty.PASSWORD).value);
  }

  @Test
  void unreadableUrlOrBadValuesStillGiveTheList() {
    DriverPropertyInfo[] infos = CccConfig.propertyInfo("jdbc:ccc:region='unterminated",
        properties("connectTimeout", "soon", "unknown", "x"));
    assertEquals("cn-shanghai", info(infos, CccProperty.REGION).value);
    assertEquals("soon", info(infos, CccProperty.CONNECT_TIMEOUT).value);
    assertEquals(CccProperty.values().length,
        CccConfig.propertyInfo(null, null).length);
  }
}
