package io.cccjdbc.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An emulator whose clock stands on a Wednesday afternoon in Shanghai, serving the demo with
 * 200 days of generated history that runs two days past that "now", and a client signing by
 * the same clock.
 */
abstract class HistoryEmulatorTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = at("2024-03-13T15:20:30");
  static final String INSTANCE = "ccc-hz-service";
  static final Dataset DATASET = Dataset.withHistory(Dataset.demo(NOW),
      HistorySpec.of(NOW.plus(Duration.ofDays(2)), 200, 60, 11));

  CccEmulator emulator;
  TestClient client;

  @BeforeEach
  void startEmulator() throws Exception {
    MutableClock clock = new MutableClock(NOW);
    emulator = CccEmulator.builder().dataset(DATASET).clock(clock).build().start();
    client = new TestClient(emulator, clock);
  }

  @AfterEach
  void closeEmulator() {
    emulator.close();
  }

  /** A wall-clock time in Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  static long millis(String localDateTime) {
    return at(localDateTime).toEpochMilli();
  }

  /** The dataset's items of the list stamped in {@code [from, to)}, as they read off the wire. */
  static List<JsonNode> expected(String list, String key, long from, long to) {
    return wire(DATASET.itemsOf(list, key, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)));
  }

  /**
   * The items as a client reads them: JSON text has no int or long, only numbers, so items are
   * compared once written and read back.
   */
  static List<JsonNode> wire(List<JsonNode> items) {
    try {
      return elements(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(items)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request of the action for {@link #INSTANCE} with these parameters, as name, value pairs. */
  Map<String, String> request(String action, String... parameters) {
    Map<String, String> request = client.request(action);
    request.put("InstanceId", INSTANCE);
    for (int i = 0; i < parameters.length; i += 2) {
      if (parameters[i + 1] == null) {
        request.remove(parameters[i]);
      } else {
        request.put(parameters[i], parameters[i + 1]);
      }
    }
    return request;
  }

  static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
