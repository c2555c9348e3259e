package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random connection strings and Properties, full of hostile values (huge, empty,
 * unicode, {@code ;} and {@code =} inside values, stray quotes, duplicate keys): each either
 * connects or fails with an SQLException that has a message and a connection or
 * authorization SQLState, never anything else. {@code -Dccc.fuzz.seed=N} replays a run.
 */
class ConnectionStringFuzzTest {

  private static final int URLS = 400;
  private static final List<String> VALUES = List.of("", " ", "true", "false", "0", "-1", "7",
      "99999999999", "cn-beijing", "ccc-test,ccc-hz-service", "a;b", "x=y", "'quoted'",
      "\"dq\"", "'open", "it''s", "乐山", "\u202Eevil", "\u0000", "line\nbreak", "${jndi:x}",
      "http://127.0.0.1:1", "https://example.invalid", "http://10.0.0.1", "../../etc/passwd",
      "x".repeat(100_000));

  @Test
  void everyConnectionStringConnectsOrFailsWithAnSqlException() {
    long seed = Long.getLong("ccc.fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    CccDriver driver = new CccDriver();
    List<String> keys = Arrays.stream(CccProperty.values()).map(CccProperty::propertyName).toList();
    for (int i = 0; i < URLS; i++) {
      StringBuilder url = new StringBuilder("jdbc:ccc:");
      int settings = random.nextInt(6);
      for (int s = 0; s < settings; s++) {
        String key = random.nextInt(8) == 0 ? "junk" + random.nextInt(3)
            : keys.get(random.nextInt(keys.size()));
        key = random.nextBoolean() ? key : key.toUpperCase(Locale.ROOT);
        if (key.equalsIgnoreCase("demo")) {
          continue;
        }
        url.append(key).append('=').append(value(random)).append(random.nextInt(5) == 0 ? ";;" : ";");
      }
      Properties info = new Properties();
      // Credentials always come from here, so that no run looks at this machine's own.
      info.setProperty("user", "fuzz-id");
      info.setProperty("password", "fuzz-secret");
      if (random.nextBoolean()) {
        info.setProperty(keys.get(random.nextInt(keys.size())), value(random));
      }
      try (Connection connection = driver.connect(url.toString(), info)) {
        assertTrue(connection == null || !connection.isClosed());
      } catch (SQLException e) {
        String state = String.valueOf(e.getSQLState());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank()
            && (state.startsWith("08") || state.startsWith("28")),
            "seed " + seed + ", url " + abbreviate(url) + ": " + e + " (SQLState " + state + ")");
      } catch (RuntimeException | Error e) {
        fail("seed " + seed + " (-Dccc.fuzz.seed=" + seed + "), url " + abbreviate(url)
            + " threw " + e, e);
      }
    }
  }

  private static String value(Random random) {
    String value = VALUES.get(random.nextInt(VALUES.size()));
    return switch (random.nextInt(4)) {
      case 0 -> "'" + value.replace("'", "''") + "'";
      case 1 -> "\"" + value + "\"";
      default -> value;
    };
  }

  private static String abbreviate(CharSequence text) {
    return text.length() <= 300 ? text.toString() : text.subSequence(0, 300) + "...";
  }
}
