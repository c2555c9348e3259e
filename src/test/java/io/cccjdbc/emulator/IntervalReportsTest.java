package io.cccjdbc.emulator;

import static io.cccjdbc.emulator.GatewayRejectionsTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalReportsTest extends HistoryEmulatorTest {
  private static final String INSTANCE_REPORT = "ListIntervalInstanceReport";
  private static final String AGENT_REPORT = "ListIntervalAgentReport";
  private static final String AGENT = "zhang.wei@ccc-hz-service";
  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final long DAY = Duration.ofDays(1).toMillis();

  @Test
  void theWindowIsAlignedToWholeHoursStartFlooredEndCeiled() throws Exception {
    List<JsonNode> buckets = buckets(INSTANCE_REPORT, "Interval", "Hourly",
        "StartTime", text(millis("2024-03-12T10:12:20")),
        "EndTime", text(millis("2024-03-12T11:45:50")));

    assertEquals(List.of(millis("2024-03-12T10:00:00"), millis("2024-03-12T11:00:00")),
        buckets.stream().map(b -> b.path("StatsTime").asLong()).toList());
    assertEquals(expected(INSTANCE_REPORT + ".Hourly", INSTANCE, millis("2024-03-12T10:00:00"),
        millis("2024-03-12T12:00:00")), buckets);
  }

  @Test
  void anEndOnTheHourLeavesThatHourOut() throws Exception {
    List<JsonNode> buckets = buckets(INSTANCE_REPORT, "Interval", "Hourly",
        "StartTime", text(millis("2024-03-12T10:00:00")),
        "EndTime", text(millis("2024-03-12T12:00:00")));

    assertEquals(2, buckets.size());
    assertEquals(millis("2024-03-12T11:00:00"), buckets.get(1).path("StatsTime").asLong());
  }

  @Test
  void dailyBucketsStartAtMidnightInShanghaiAndCountWhenTheirStartIsInTheWindow() throws Exception {
    long from = millis("2024-03-04T10:00:00");
    long to = millis("2024-03-06T10:00:00");

    List<JsonNode> buckets = buckets(INSTANCE_REPORT, "StartTime", text(from), "EndTime", text(to));

    assertEquals(List.of(millis("2024-03-05T00:00:00"), millis("2024-03-06T00:00:00")),
        buckets.stream().map(b -> b.path("StatsTime").asLong()).toList());
    assertEquals(expected(INSTANCE_REPORT + ".Daily", INSTANCE, from, to), buckets);
  }

  @Test
  void withoutTimesTheWindowIsTodayInShanghaiUpToTheHourAfterNow() throws Exception {
    List<JsonNode> hourly = buckets(INSTANCE_REPORT, "Interval", "Hourly");
    List<JsonNode> daily = buckets(INSTANCE_REPORT);

    assertEquals(expected(INSTANCE_REPORT + ".Hourly", INSTANCE, millis("2024-03-13T00:00:00"),
        millis("2024-03-13T16:00:00")), hourly);
    assertEquals(millis("2024-03-13T15:00:00"), hourly.get(hourly.size() - 1).path("StatsTime")
        .asLong());
    assertEquals(List.of(millis("2024-03-13T00:00:00")),
        daily.stream().map(b -> b.path("StatsTime").asLong()).toList());
  }

  @Test
  void windowsUpToTheLimitsAreServedAndLongerOnesRefused() throws Exception {
    long start = millis("2023-09-15T00:00:00");
    List<JsonNode> days = buckets(INSTANCE_REPORT, "StartTime", text(start),
        "EndTime", text(start + 180 * DAY));
    List<JsonNode> hours = buckets(INSTANCE_REPORT, "Interval", "Hourly",
        "StartTime", text(start + 30 * DAY), "EndTime", text(start + 40 * DAY));

    assertEquals(180, days.size());
    assertEquals(expected(INSTANCE_REPORT + ".Daily", INSTANCE, start, start + 180 * DAY), days);
    assertEquals(expected(INSTANCE_REPORT + ".Hourly", INSTANCE, start + 30 * DAY,
        start + 40 * DAY), hours);
    assertError(client.post(request(INSTANCE_REPORT, "StartTime", text(start),
        "EndTime", text(start + 180 * DAY + 1))), 400, "Parameter.Invalid",
        "The time span between StartTime and EndTime must not exceed 180 days when Interval is"
            + " Daily.");
    assertError(client.post(request(INSTANCE_REPORT, "Interval", "Hourly",
        "StartTime", text(start - 1), "EndTime", text(start + 10 * DAY))), 400,
        "Parameter.Invalid", "The time span between StartTime and EndTime must not exceed 10 days"
            + " when Interval is Hourly.");
  }

  @Test
  void badWindowsAndIntervalsAreRefused() throws Exception {
    long now = NOW.toEpochMilli();
    assertError(client.post(request(INSTANCE_REPORT, "StartTime", text(now),
        "EndTime", text(now - 1))), 400, "Parameter.Invalid",
        "The EndTime " + (now - 1) + " is earlier than the StartTime " + now + ".");
    assertError(client.post(request(INSTANCE_REPORT, "Interval", "Weekly")), 400,
        "Parameter.Enumeration", "The parameter Interval must be one of Daily, Hourly.");
    assertError(client.post(request(INSTANCE_REPORT, "Interval", "hourly")), 400,
        "Parameter.Enumeration", null);
    assertError(client.post(request(INSTANCE_REPORT, "StartTime", "today")), 400,
        "InvalidStartTime", "Specified parameter StartTime is not valid.");
    assertError(client.post(request(INSTANCE_REPORT, "StartTime", "-3600000")), 400,
        "Parameter.Minimum", "The parameter StartTime must be greater than or equal to 0.");
    assertError(client.post(request(INSTANCE_REPORT, "InstanceId", null)), 400,
        "Parameter.Blank", "The parameter InstanceId may not be null or blank.");
    assertError(client.post(request(INSTANCE_REPORT, "InstanceId", "ccc-nowhere")), 404,
        "NotExists.InstanceId", "The specified instance ccc-nowhere does not exist.");
  }

  @Test
  void theAgentReportNeedsAnAgentOfTheInstance() throws Exception {
    assertError(client.post(request(AGENT_REPORT)), 400, "Parameter.Blank",
        "The parameter AgentId may not be null or blank.");
    assertError(client.post(request(AGENT_REPORT, "AgentId", "nobody@ccc-hz-service")), 404,
        "NotExists.UserId", "The user nobody@ccc-hz-service does not exist in instance"
            + " ccc-hz-service.");
    assertError(client.post(request(AGENT_REPORT, "AgentId", "bob@ccc-global-sales")), 404,
        "NotExists.UserId", null);
    assertError(client.post(request(AGENT_REPORT, "AgentId", AGENT, "InstanceId", "ccc-nowhere")),
        404, "NotExists.InstanceId", null);
    assertError(client.post(request(AGENT_REPORT, "AgentId", AGENT, "MediaType", "FAX")), 400,
        "Parameter.Enumeration", "The parameter MediaType must be one of AUDIO, CHAT, VIDEO.");
    assertEquals(200, client.post(request(AGENT_REPORT, "AgentId", AGENT, "MediaType", "Chat"))
        .status());
  }

  @Test
  void theAgentReportServesTheAgentsBuckets() throws Exception {
    long from = millis("2024-02-01T00:00:00");
    long to = millis("2024-03-01T00:00:00");

    List<JsonNode> daily = buckets(AGENT_REPORT, "AgentId", AGENT, "StartTime", text(from),
        "EndTime", text(to));
    List<JsonNode> hourly = buckets(AGENT_REPORT, "AgentId", AGENT, "Interval", "Hourly",
        "StartTime", text(from), "EndTime", text(from + 10 * DAY));

    assertTrue(daily.size() > 15, "days at work: " + daily.size());
    assertEquals(expected(AGENT_REPORT + ".Daily", INSTANCE + "/" + AGENT, from, to), daily);
    assertEquals(expected(AGENT_REPORT + ".Hourly", INSTANCE + "/" + AGENT, from,
        from + 10 * DAY), hourly);
  }

  @Test
  void backToBackNumbersAreSentAsStrings() throws Exception {
    List<JsonNode> daily = buckets(AGENT_REPORT, "AgentId", AGENT,
        "StartTime", text(millis("2023-12-01T00:00:00")),
        "EndTime", text(millis("2024-03-01T00:00:00")));

    long dialled = 0;
    for (JsonNode bucket : daily) {
      for (Map.Entry<String, JsonNode> field : bucket.path("Back2Back").properties()) {
        assertTrue(field.getValue().isTextual(), field.getKey());
        Double.parseDouble(field.getValue().textValue());
      }
      dialled += Long.parseLong(bucket.at("/Back2Back/CallsDialed").textValue());
      for (String group : List.of("Inbound", "Outbound", "Internal", "Overall")) {
        bucket.path(group).forEach(value -> assertTrue(value.isNumber(), group + ": " + value));
      }
    }
    assertTrue(dialled > 0, "some back-to-back calls");
  }

  @Test
  void aStoppedInstanceHasNoBuckets() throws Exception {
    assertEquals(List.of(), buckets(INSTANCE_REPORT, "InstanceId", "ccc-sh-pilot",
        "StartTime", text(millis("2024-01-01T00:00:00"))));
  }

  @Test
  void dataIsAPlainArrayInTheUsualEnvelope() throws Exception {
    JsonNode body = client.post(request(INSTANCE_REPORT)).json();

    assertEquals(List.of("RequestId", "HttpStatusCode", "Code", "Message", "Data"),
        GetInstanceTest.fieldNames(body));
    assertTrue(body.path("Data").isArray());
    assertEquals(List.of("StatsTime", "Inbound", "Outbound", "Overall"),
        GetInstanceTest.fieldNames(body.at("/Data/0")));
  }

  private List<JsonNode> buckets(String action, String... parameters) throws Exception {
    TestClient.Reply reply = client.post(request(action, parameters));
    assertEquals(200, reply.status(), reply.text());
    return elements(reply.json().path("Data"));
  }

  private static String text(long millis) {
    return String.valueOf(millis);
  }
}
