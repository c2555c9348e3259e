package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.CccConfigParsingTest.properties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Any value in any property either parses or gives a short, printable SQLException. */
class HostileInputTest {

  private static final List<String> VALUES = List.of(
      "\u0000", "a\u0000b", "x".repeat(1_000_000), "9".repeat(10_000), "\u202eevil", "😀",
      "\ud800", "'", "\"", "''", "=", ";", "==;;", "${jndi:ldap://127.0.0.1/x}",
      "\r\nX-Injected: yes", "%00", "../../etc/passwd", "localhost", "http://[::1", "[::1]:",
      "-1", "2147483648", "１０", "ⅷ", "true ", " false", "null", " ");

  @ParameterizedTest
  @EnumSource(CccProperty.class)
  void hostileUrlValueParsesOrFailsClearly(CccProperty property) {
    for (String value : VALUES) {
      String quoted = "'" + value.replace("'", "''") + "'";
      check(() -> CccConfig.parse("jdbc:ccc:" + property.propertyName() + "=" + quoted, null));
      check(() -> CccConfig.parse("jdbc:ccc:" + property.propertyName() + "=" + value, null));
    }
  }

  @ParameterizedTest
  @EnumSource(CccProperty.class)
  void hostilePropertiesValueParsesOrFailsClearly(CccProperty property) {
    for (String value : VALUES) {
      check(() -> CccConfig.parse("jdbc:ccc:", properties(property.propertyName(), value)));
      CccConfig.propertyInfo("jdbc:ccc:" + value, properties(property.propertyName(), value));
    }
  }

  @Test
  void hostileKeyFailsClearly() {
    for (String key : VALUES) {
      check(() -> CccConfig.parse("jdbc:ccc:" + key + "=1", null));
      check(() -> CccConfig.parse("jdbc:ccc:", properties(key, "1")));
    }
  }

  private interface Parse {
    CccConfig run() throws SQLException;
  }

  private static void check(Parse parse) {
    try {
      CccConfig config = parse.run();
      assertTrue(config.toString().length() < 2_000_000);
      config.warnings().forEach(HostileInputTest::assertPrintableAndShort);
    } catch (SQLException e) {
      assertEquals("08001", e.getSQLState());
      assertPrintableAndShort(e.getMessage());
    }
  }

  private static void assertPrintableAndShort(String message) {
    assertTrue(message.length() < 1_000, () -> "too long: " + message.length());
    assertFalse(message.codePoints().anyMatch(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.SURROGATE), message);
  }
}
