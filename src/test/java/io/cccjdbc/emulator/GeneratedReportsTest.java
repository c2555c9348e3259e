package io.cccjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated report buckets hold together as the reference's definitions say they must. */
class GeneratedReportsTest {
  private static final Dataset DATASET = HistoryEmulatorTest.DATASET;
  private static final String INSTANCE = HistoryEmulatorTest.INSTANCE;
  private static final String AGENT = INSTANCE + "/sun.li@ccc-hz-service";
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final long FROM = HistoryEmulatorTest.millis("2024-02-01T00:00:00");
  private static final long TO = HistoryEmulatorTest.millis("2024-03-01T00:00:00");
  /** Sign-in and sign-out times are the day's, not sums of hours. */
  private static final Set<String> PER_DAY = Set.of("FirstCheckInTime", "LastCheckOutTime",
      "LastCheckoutTime");

  @Test
  void eachDayAddsUpItsHours() {
    for (String[] report : new String[][] {
        {"ListIntervalInstanceReport", INSTANCE}, {"ListIntervalAgentReport", AGENT}}) {
      List<JsonNode> days = items(report[0] + ".Daily", report[1], FROM, TO);
      assertTrue(days.size() >= 15, report[0] + " days: " + days.size());
      for (JsonNode day : days) {
        long start = day.path("StatsTime").asLong();
        List<JsonNode> hours = items(report[0] + ".Hourly", report[1], start, start + DAY);
        assertTrue(hours.size() > 1);
        day.properties().stream().filter(group -> group.getValue().isObject())
            .forEach(group -> assertSums(group.getKey(), group.getValue(), hours));
      }
    }
  }

  @Test
  void averagesAndRatesAreRatiosOfTheirTotals() {
    for (JsonNode bucket : items("ListIntervalInstanceReport.Daily", INSTANCE, FROM, TO)) {
      JsonNode in = bucket.path("Inbound");
      JsonNode out = bucket.path("Outbound");
      JsonNode all = bucket.path("Overall");
      assertRatio(in, "HandleRate", "CallsHandled", "CallsOffered");
      assertRatio(in, "AbandonRate", "CallsAbandoned", "CallsOffered");
      assertRatio(in, "AverageTalkTime", "TotalTalkTime", "CallsHandled");
      assertRatio(in, "AverageWaitTime", "TotalWaitTime", "CallsHandled");
      assertRatio(in, "AverageRingTime", "TotalRingTime", "CallsRinged");
      assertRatio(in, "AverageAbandonedInQueueTime", "TotalAbandonedInQueueTime",
          "CallsAbandonedInQueue");
      assertRatio(out, "AnswerRate", "CallsAnswered", "CallsDialed");
      assertRatio(out, "AverageDialingTime", "TotalDialingTime", "CallsDialed");
      assertRatio(all, "AverageWorkTime", "TotalWorkTime", "TotalCalls");
      assertEquals(in.path("CallsAbandonedInIVR").asLong() + in.path("CallsAbandonedInQueue")
          .asLong() + in.path("CallsAbandonedInRing").asLong(), in.path("CallsAbandoned").asLong());
      assertEquals(in.path("CallsOffered").asLong() + out.path("CallsDialed").asLong(),
          all.path("TotalCalls").asLong());
      assertEquals(in.path("TotalTalkTime").asLong() + out.path("TotalTalkTime").asLong(),
          all.path("TotalTalkTime").asLong());
      long loggedIn = all.path("TotalLoggedInTime").asLong();
      long busy = all.path("TotalWorkTime").asLong() + all.path("TotalTalkTime").asLong();
      assertEquals(loggedIn == 0 ? 0 : (double) busy / loggedIn,
          all.path("OccupancyRate").asDouble(), 1e-12);
      for (String rate : List.of("HandleRate", "AbandonRate", "ServiceLevel20",
          "SatisfactionRate")) {
        double value = in.path(rate).asDouble();
        assertTrue(value >= 0 && value <= 1, rate + " is a fraction: " + value);
      }
      assertTrue(all.path("SatisfactionIndex").asDouble() <= 5);
    }
  }

  @Test
  void reportsCountTheCallsTheRecordsList() {
    long from = HistoryEmulatorTest.millis("2024-03-04T00:00:00");
    for (long day = from; day < from + 7 * DAY; day += DAY) {
      List<JsonNode> calls = items("ListCallDetailRecordsV2", INSTANCE, day, day + DAY);
      JsonNode report = items("ListIntervalInstanceReport.Daily", INSTANCE, day, day + 1).get(0);
      assertEquals(count(calls, "INBOUND", null), report.at("/Inbound/CallsOffered").asLong());
      assertEquals(count(calls, "INBOUND", "Success"), report.at("/Inbound/CallsHandled").asLong());
      assertEquals(count(calls, "INBOUND", "AbandonedInQueue"),
          report.at("/Inbound/CallsAbandonedInQueue").asLong());
      assertEquals(calls.size() - count(calls, "INBOUND", null) - count(calls, "INTERNAL", null),
          report.at("/Outbound/CallsDialed").asLong());
      long inboundTalk = calls.stream().filter(c -> c.path("ContactType").asText().equals("INBOUND")
          && c.has("AgentIds") && c.path("ContactDisposition").asText().equals("Success"))
          .mapToLong(c -> c.path("TalkTime").asLong()).sum();
      assertEquals(inboundTalk, report.at("/Inbound/TotalTalkTime").asLong());
    }
  }

  @Test
  void agentsSignInOnlyInDailyBucketsAndAfterTheyJoined() {
    List<JsonNode> days = items("ListIntervalAgentReport.Daily", AGENT, FROM, TO);
    for (JsonNode day : days) {
      long checkIn = day.at("/Overall/FirstCheckInTime").asLong();
      long start = day.path("StatsTime").asLong();
      assertTrue(checkIn >= start && checkIn < start + DAY, "signed in that day");
      assertTrue(day.at("/Overall/LastCheckoutTime").asLong() > checkIn);
    }
    for (JsonNode hour : items("ListIntervalAgentReport.Hourly", AGENT, FROM, FROM + 7 * DAY)) {
      assertEquals(0, hour.at("/Overall/FirstCheckInTime").asLong());
    }
  }

  @Test
  void everyAgentHasBucketsAndSomeOnlyFromADayTheyJoined() {
    long start = HistoryEmulatorTest.millis("2023-08-27T00:00:00");
    long end = HistoryEmulatorTest.NOW.toEpochMilli();
    int joinedLater = 0;
    for (String instance : List.of("ccc-test", INSTANCE, "ccc-global-sales", "ccc-cd-ops")) {
      for (JsonNode user : DATASET.itemsOf("ListUsers", instance)) {
        String key = instance + "/" + user.path("UserId").asText();
        List<JsonNode> days = items("ListIntervalAgentReport.Daily", key, start, end);
        assertTrue(days.size() > 20, key + " days: " + days.size());
        if (days.get(0).path("StatsTime").asLong() > start + 14 * DAY) {
          joinedLater++;
        }
      }
    }
    assertTrue(joinedLater > 0, "some agents joined after the history began");
  }

  @Test
  void weekdaysAreBusierThanWeekendsAndOfficeHoursThanNights() {
    long[] byHour = new long[24];
    long weekdays = 0;
    long weekends = 0;
    for (JsonNode call : items("ListCallDetailRecordsV2", INSTANCE, FROM, TO)) {
      var time = Instant.ofEpochMilli(call.path("StartTime").asLong())
          .atZone(HistoryEmulatorTest.SHANGHAI);
      if (time.getDayOfWeek().getValue() >= 6) {
        weekends++;
      } else {
        weekdays++;
        byHour[time.getHour()]++;
      }
    }
    long office = 0;
    for (int hour = 9; hour < 18; hour++) {
      office += byHour[hour];
    }
    int weekendDays = (int) LocalDate.of(2024, 2, 1).datesUntil(LocalDate.of(2024, 3, 1))
        .filter(d -> d.getDayOfWeek().getValue() >= 6).count();
    assertTrue(office > 0.7 * weekdays, "office hours: " + office + " of " + weekdays);
    assertTrue(byHour[10] > 10 * byHour[3], "10:00 " + byHour[10] + ", 03:00 " + byHour[3]);
    assertTrue((double) weekends / weekendDays < 0.6 * weekdays / (29 - weekendDays));
  }

  private static void assertSums(String group, JsonNode day, List<JsonNode> hours) {
    for (Map.Entry<String, JsonNode> field : day.properties()) {
      String name = field.getKey();
      boolean ratio = name.startsWith("Average") || name.endsWith("Rate")
          || name.startsWith("ServiceLevel") || name.equals("SatisfactionIndex");
      if (ratio || PER_DAY.contains(name)) {
        continue;
      }
      long expected = 0;
      for (JsonNode hour : hours) {
        long value = Long.parseLong(hour.path(group).path(name).asText());
        expected = name.startsWith("Max") ? Math.max(expected, value) : expected + value;
      }
      assertEquals(expected, Long.parseLong(field.getValue().asText()), group + "." + name);
    }
  }

  private static void assertRatio(JsonNode group, String ratio, String total, String count) {
    long denominator = group.path(count).asLong();
    double expected = denominator == 0 ? 0 : (double) group.path(total).asLong() / denominator;
    assertEquals(expected, group.path(ratio).asDouble(), 1e-12, ratio);
  }

  private static long count(List<JsonNode> calls, String type, String disposition) {
    return calls.stream().filter(c -> c.path("ContactType").asText().equals(type)
        && (disposition == null || c.path("ContactDisposition").asText().equals(disposition)))
        .count();
  }

  private static List<JsonNode> items(String list, String key, long from, long to) {
    return DATASET.itemsOf(list, key, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
  }
}
