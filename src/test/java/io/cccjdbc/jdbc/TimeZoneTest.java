package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccjdbc.TestEmulator;
import io.cccjdbc.emulator.Dataset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code timeZone} decides the wall clock of every TIMESTAMP, read and written, and the
 * instant behind it never moves: checked against the dataset's own epoch milliseconds.
 */
class TimeZoneTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Dataset DATASET = Dataset.demo(NOW);
  private static final String INSTANCE = "ccc-hz-service";

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Shanghai", "America/New_York"})
  void aTimestampIsItsInstantShownInTheConnectionsZone(String zoneId) throws SQLException {
    ZoneId zone = ZoneId.of(zoneId);
    List<JsonNode> calls = DATASET.itemsOf("ListCallDetailRecordsV2", INSTANCE);
    JsonNode call = calls.get(calls.size() - 1);
    String contact = call.get("ContactId").asText();
    Instant started = Instant.ofEpochMilli(Long.parseLong(call.get("StartTime").asText()));
    try (TestEmulator emulator = TestEmulator.start(DATASET);
        Connection connection = emulator.connect("timeZone=" + zoneId);
        PreparedStatement statement = connection.prepareStatement("SELECT start_time,"
            + " CAST(start_time AS VARCHAR) AS text FROM call_detail_records"
            + " WHERE start_time >= CURRENT_TIMESTAMP - INTERVAL '30' DAY AND contact_id = ?")) {
      statement.setString(1, contact);
      Timestamp timestamp;
      try (ResultSet rows = statement.executeQuery()) {
        assertTrue(rows.next(), contact);
        LocalDateTime wallClock = LocalDateTime.ofInstant(started, zone);
        timestamp = rows.getTimestamp(1);
        assertEquals(started, timestamp.toInstant());
        assertEquals(started, rows.getObject(1, Instant.class));
        assertEquals(wallClock, rows.getObject(1, LocalDateTime.class));
        assertEquals(OffsetDateTime.ofInstant(started, zone), rows.getObject(1,
            OffsetDateTime.class));
        assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(wallClock),
            rows.getString(2).substring(0, 19));
      }

      try (PreparedStatement roundTrip = connection.prepareStatement("SELECT contact_id FROM"
              + " call_detail_records WHERE start_time >= ? AND start_time <= ?")) {
        roundTrip.setTimestamp(1, timestamp);
        roundTrip.setTimestamp(2, timestamp);
        try (ResultSet rows = roundTrip.executeQuery()) {
          assertTrue(rows.next(), "the instant read back selects its row");
        }
        roundTrip.setObject(1, LocalDateTime.ofInstant(started, zone));
        roundTrip.setObject(2, LocalDateTime.ofInstant(started, zone));
        try (ResultSet rows = roundTrip.executeQuery()) {
          assertTrue(rows.next(), "so does its wall clock in the zone");
        }
      }
    }
  }
}
