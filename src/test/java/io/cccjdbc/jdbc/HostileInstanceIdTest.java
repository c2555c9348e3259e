package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cccjdbc.TestEmulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Instance ids written in SQL reach the API verbatim, as the value of one signed
 * {@code InstanceId} parameter: they can add no parameter and change no action.
 */
class HostileInstanceIdTest {

  static List<String> hostileIds() {
    return List.of("x&Action=DeleteInstance", "ccc-test&InstanceId=ccc-hz-service", "100%",
        "a+b", "a/b/../c", "with space", "quote'\"`", "乐山-实例", "tab\there", "line\nbreak",
        "=&?#;", "%26Action%3DDeleteInstance", "x".repeat(4000));
  }

  @ParameterizedTest
  @MethodSource("hostileIds")
  void eachIdIsOneParameterValue(String id) throws SQLException {
    try (TestEmulator emulator = TestEmulator.demo();
        Connection connection = emulator.connect("cacheTtl=0")) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT * FROM numbers WHERE instance_id = '"
              + id.replace("'", "''") + "'")) {
        assertFalse(rows.next());
      }
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT * FROM admins WHERE instance_id = ?")) {
        statement.setString(1, id);
        try (ResultSet rows = statement.executeQuery()) {
          assertFalse(rows.next());
        }
      }

      assertEquals(2, emulator.getInstanceCalls(id));
      assertEquals(2, emulator.totalCalls());
      assertEquals(0, emulator.getInstanceCalls("ccc-hz-service"));
    }
  }
}
