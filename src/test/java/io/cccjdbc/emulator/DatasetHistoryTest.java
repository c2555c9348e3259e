package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetHistoryTest {
  private static final Instant NOW = HistoryEmulatorTest.NOW;
  private static final Instant TODAY = HistoryEmulatorTest.at("2024-03-13T00:00:00");
  private static final String CALLS = Dataset.CALL_DETAIL_RECORDS;
  private static final List<String> RUNNING =
      List.of("ccc-test", "ccc-hz-service", "ccc-global-sales", "ccc-cd-ops");

  @Test
  void theDemoHasAFewThousandCallsOverThe120DaysBeforeToday() {
    Dataset demo = Dataset.demo(NOW);
    List<JsonNode> calls = new ArrayList<>();
    for (String id : demo.instanceIds()) {
      List<JsonNode> own = demo.itemsOf(CALLS, id);
      assertEquals(RUNNING.contains(id), !own.isEmpty(), id);
      calls.addAll(own);
    }

    assertTrue(calls.size() > 2_000 && calls.size() < 10_000, "calls: " + calls.size());
    long first = calls.stream().mapToLong(c -> c.path("StartTime").asLong()).min().orElseThrow();
    long last = calls.stream().mapToLong(c -> c.path("StartTime").asLong()).max().orElseThrow();
    assertTrue(first >= TODAY.minus(Duration.ofDays(120)).toEpochMilli());
    assertTrue(first < TODAY.minus(Duration.ofDays(119)).toEpochMilli());
    assertTrue(last < TODAY.toEpochMilli());
    assertTrue(last > TODAY.minus(Duration.ofDays(1)).toEpochMilli());
  }

  @Test
  void theDemoIsTheSameAllDayAndMovesOnTheNext() {
    Dataset morning = Dataset.demo(TODAY.plus(Duration.ofMinutes(1)));
    Dataset evening = Dataset.demo(TODAY.plus(Duration.ofHours(23)));
    Dataset tomorrow = Dataset.demo(TODAY.plus(Duration.ofHours(25)));

    for (String list : List.of(CALLS, "ListIntervalInstanceReport.Hourly")) {
      assertEquals(morning.itemsOf(list, "ccc-cd-ops"), evening.itemsOf(list, "ccc-cd-ops"));
    }
    assertEquals(morning.itemsOf("ListIntervalAgentReport.Daily", "ccc-cd-ops/he.tao@ccc-cd-ops"),
        evening.itemsOf("ListIntervalAgentReport.Daily", "ccc-cd-ops/he.tao@ccc-cd-ops"));
    List<JsonNode> later = tomorrow.itemsOf(CALLS, "ccc-cd-ops");
    assertTrue(later.get(later.size() - 1).path("StartTime").asLong() >= TODAY.toEpochMilli());
  }

  @Test
  void theSameSpecGivesTheSameHistoryAndAnotherSeedAnother() {
    HistorySpec spec = HistorySpec.of(NOW, 10, 50, 3);
    Dataset one = Dataset.withHistory(Dataset.synthetic(3, 1, 4, 9), spec);
    Dataset same = Dataset.withHistory(Dataset.synthetic(3, 1, 4, 9), spec);
    Dataset other = Dataset.withHistory(Dataset.synthetic(3, 1, 4, 9),
        HistorySpec.of(NOW, 10, 50, 4));
    String id = "ccc-syn-00000";

    assertEquals(one.itemsOf(CALLS, id), same.itemsOf(CALLS, id));
    assertEquals(one.itemsOf("ListIntervalAgentReport.Hourly", id + "/agent1@" + id),
        same.itemsOf("ListIntervalAgentReport.Hourly", id + "/agent1@" + id));
    assertNotEquals(one.itemsOf(CALLS, id), other.itemsOf(CALLS, id));
  }

  @Test
  void aHistoryCanBeForNamedInstancesWhateverTheirStatus() {
    Dataset dataset = Dataset.withHistory(Dataset.demo(NOW),
        HistorySpec.of(NOW, 5, 40, 1).onlyFor("ccc-sh-pilot"));

    assertTrue(dataset.itemsOf(CALLS, "ccc-sh-pilot").size() > 100);
    assertEquals(List.of(), dataset.itemsOf(CALLS, "ccc-hz-service"));
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
        () -> Dataset.withHistory(Dataset.demo(NOW), HistorySpec.of(NOW, 5, 40, 1)
            .onlyFor("ccc-nowhere")));
    assertTrue(refusal.getMessage().contains("ccc-nowhere"), refusal.getMessage());
  }

  @Test
  void aSpecOutsideItsRangesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> HistorySpec.of(NOW, -1, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> HistorySpec.of(NOW, 10, -1, 1));
    assertThrows(NullPointerException.class, () -> HistorySpec.of(null, 10, 10, 1));
  }

  @Test
  void aWindowOfItemsIsHalfOpenAndInTimeOrder() {
    Dataset demo = Dataset.demo(NOW);
    List<JsonNode> all = demo.itemsOf(CALLS, "ccc-hz-service");
    long from = all.get(100).path("StartTime").asLong();
    long to = all.get(200).path("StartTime").asLong();

    List<JsonNode> window = demo.itemsOf(CALLS, "ccc-hz-service", Instant.ofEpochMilli(from),
        Instant.ofEpochMilli(to));

    assertEquals(all.subList(100, 200), window);
  }

  @Test
  void aHugeHistoryIsGeneratedOnlyWhereItIsRead() {
    Dataset huge = Dataset.withHistory(Dataset.synthetic(5_000, 1, 20, 2),
        HistorySpec.of(NOW, 365, 5_000, 8));
    String id = huge.instanceIds().stream()
        .filter(i -> huge.instance(i).orElseThrow().path("Status").asText().equals("RUNNING"))
        .skip(2_000).findFirst().orElseThrow();

    List<JsonNode> hour = huge.itemsOf(CALLS, id, HistoryEmulatorTest.at("2024-03-12T10:00:00"),
        HistoryEmulatorTest.at("2024-03-12T11:00:00"));

    assertTrue(hour.size() > 200, "calls in a busy hour: " + hour.size());
  }

  @Test
  void callRecordsAreConsistentAndCarryTheServicesQuirks() {
    Dataset demo = Dataset.demo(NOW);
    List<JsonNode> calls = new ArrayList<>();
    RUNNING.forEach(id -> calls.addAll(demo.itemsOf(CALLS, id)));
    Set<String> waitedInVain = Set.of("AbandonedInQueue", "AbandonedInRing");
    int textNumbers = 0;
    int transferred = 0;
    int withoutLocation = 0;
    for (JsonNode call : calls) {
      long start = number(call, "StartTime");
      long release = number(call, "ReleaseTime");
      boolean established = call.has("EstablishedTime");
      String disposition = call.path("ContactDisposition").asText();
      assertTrue(start <= release);
      assertEquals(waitedInVain.contains(disposition) ? 0
          : number(call, "QueueTime") + number(call, "RingTime"), number(call, "WaitTime"));
      if (established) {
        long at = number(call, "EstablishedTime");
        assertTrue(start <= at && at <= release);
      } else {
        assertEquals(0, number(call, "TalkTime"), call.toString());
        assertEquals("false", call.path("RecordingReady").asText());
        assertEquals(0, number(call, "RecordingDuration"));
      }
      assertTrue(call.path("CallDuration").isTextual());
      if (call.path("ContactType").asText().equals("INBOUND")) {
        assertEquals((release - start) / 1000, Long.parseLong(call.path("CallDuration").asText()));
      }
      assertEquals(call.has("SatisfactionIndex"), call.has("SatisfactionDescription"));
      assertEquals(call.path("AgentIds").asText().split(",").length,
          call.path("AgentNames").asText().split(",").length);
      textNumbers += call.path("RingTime").isTextual() ? 1 : 0;
      transferred += number(call, "TransferCount") == 1 ? 1 : 0;
      withoutLocation += call.has("CallingNumber") && !call.has("CallerLocation") ? 1 : 0;
    }
    assertTrue(textNumbers > 50, "numbers sent as strings: " + textNumbers);
    assertTrue(transferred > 10, "transferred: " + transferred);
    assertTrue(withoutLocation > 50, "callers of unknown location: " + withoutLocation);
    for (String field : List.of("AgentNames", "SkillGroupNames", "CallerLocation",
        "SatisfactionDescription")) {
      assertTrue(calls.stream().anyMatch(c -> c.path(field).asText().matches(".*\\p{IsHan}.*")),
          "Chinese in " + field);
    }
  }

  @Test
  void aDatasetFileMayHoldHistoryAndItIsServedByTime() throws Exception {
    String json = """
        {"Instances": [{"Id": "a", "Status": "RUNNING"}],
         "ListUsers": {"a": [{"UserId": "u@a", "DisplayName": "王五"}]},
         "ListCallDetailRecordsV2": {"a": [
           {"ContactId": "c2", "StartTime": "2000"}, {"ContactId": "c1", "StartTime": 1000},
           {"ContactId": "c0", "StartTime": 2000}, {"ContactId": "c3", "StartTime": 3000},
           {"ContactId": "no-time"}]},
         "ListIntervalAgentReport.Daily": {"a/u@a": [
           {"StatsTime": 86400000, "Back2Back": {"CallsDialed": "2"}},
           {"StatsTime": 0, "Back2Back": {"CallsDialed": "1"}}]}}""";
    try (CccEmulator emulator = CccEmulator.builder().dataset(Dataset.fromJson(json)).build()
        .start()) {
      TestClient client = new TestClient(emulator);
      Map<String, String> records = client.request(CALLS);
      records.putAll(Map.of("InstanceId", "a", "PageNumber", "1", "PageSize", "10",
          "StartTime", "1000", "EndTime", "2000", "SortOrder", "ASC"));
      Map<String, String> report = client.request("ListIntervalAgentReport");
      report.putAll(Map.of("InstanceId", "a", "AgentId", "u@a", "StartTime", "0",
          "EndTime", "172800000"));

      JsonNode listed = client.post(records).json().at("/Data/List");
      JsonNode buckets = client.post(report).json().path("Data");

      assertEquals(List.of("c1", "c0", "c2"),
          HistoryEmulatorTest.elements(listed).stream().map(c -> c.path("ContactId").asText())
              .toList());
      assertEquals(List.of("1", "2"), HistoryEmulatorTest.elements(buckets).stream()
          .map(b -> b.at("/Back2Back/CallsDialed").asText()).toList());
    }
  }

  private static long number(JsonNode call, String field) {
    return Long.parseLong(call.path(field).asText());
  }
}
