package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The driver as DriverManager and tools meet it. */
class DriverTest {

  @Test
  void driverManagerFindsTheDriverForCccUrlsOnly() throws SQLException {
    assertInstanceOf(CccDriver.class, DriverManager.getDriver("jdbc:ccc:"));
    assertInstanceOf(CccDriver.class, DriverManager.getDriver("jdbc:ccc:region=cn-beijing"));

    CccDriver driver = new CccDriver();
    assertFalse(driver.acceptsURL("jdbc:calcite:"));
    assertFalse(driver.acceptsURL(null));
    assertNull(driver.connect("jdbc:postgresql://localhost/x", new Properties()));
  }

  @Test
  void propertyInfoListsEveryPropertyWithDescriptionAndDefault() throws SQLException {
    DriverPropertyInfo[] infos = new CccDriver().getPropertyInfo("jdbc:ccc:", null);

    assertEquals(CccProperty.values().length, infos.length);
    DriverPropertyInfo region = Arrays.stream(infos).filter(i -> i.name.equals("region"))
        .findFirst().orElseThrow();
    assertEquals("cn-shanghai", region.value);
    assertNotNull(region.description);
  }

  @Test
  void demoNeedsNoOtherSetting() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT name FROM instances WHERE instance_id = 'ccc-test'")) {
      assertTrue(rows.next());
      assertEquals("云呼测试实例", rows.getString(1));
      assertNull(connection.getWarnings());
    }
  }

  @Test
  void demoWithCredentialsWarnsThatTheyAreNotUsed() throws SQLException {
    try (Connection connection =
        DriverManager.getConnection("jdbc:ccc:demo=true", "someone", "their-secret")) {
      assertNotNull(connection.getWarnings());
      assertTrue(connection.getWarnings().getMessage().contains("not used"));
      assertFalse(connection.getWarnings().getMessage().contains("their-secret"));
    }
  }

  @Test
  void namesAreCaseInsensitiveUnlessQuotedAndCccIsTheDefaultSchema() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect();
        Statement statement = connection.createStatement()) {
      assertEquals("ccc", connection.getSchema());
      for (String table : new String[] {"admins", "ADMINS", "Admins", "\"admins\"", "ccc.admins",
          "CCC.Admins"}) {
        try (ResultSet rows = statement.executeQuery(
            "SELECT User_Id FROM " + table + " WHERE Instance_Id = 'ccc-test'")) {
          assertTrue(rows.next(), table);
          assertEquals("user_id", rows.getMetaData().getColumnLabel(1));
          assertEquals("user-test@ccc-test", rows.getString("USER_ID"));
        }
      }
    }
  }

  @Test
  void metadataUrlNeverShowsTheSecret() throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect()) {
      String url = connection.getMetaData().getURL();
      assertTrue(url.startsWith("jdbc:ccc:endpoint="), url);
      assertFalse(url.contains(TestEmulator.ACCESS_KEY_SECRET), url);
      assertFalse(connection.toString().contains(TestEmulator.ACCESS_KEY_SECRET));
      assertEquals(connection, connection.getMetaData().getConnection());
    }
  }
}
