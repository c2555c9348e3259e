package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.api.ApiRequest;
import io.cccjdbc.calcite.tables.CallDetailRecordsTable;
import io.cccjdbc.calcite.tables.InstanceReportsDailyTable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requests a scan makes: time windows in the connection's zone, and what refuses one. */
class RequestPlanTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long NOW = Instant.parse("2024-12-01T00:00:00Z").toEpochMilli();

  private static long local(String wallClock) {
    return LocalDateTime.parse(wallClock).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static long instant(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  private static ApiRequest only(Object lower, Object upper, long slack, ZoneId zone) {
    Object[] range = {lower, upper, slack, true, upper != null, true};
    List<ApiRequest> requests = new RequestPlan(CallDetailRecordsTable.DEF, Map.of(),
        Map.of("start_time", range), zone, NOW).requestsFor("i", List.of());
    assertEquals(1, requests.size());
    return requests.get(0);
  }

  private static long start(ApiRequest request) {
    return Long.parseLong(request.parameter("StartTime"));
  }

  private static long end(ApiRequest request) {
    return Long.parseLong(request.parameter("EndTime"));
  }

  @Test
  void wallClockBoundsBecomeInstantsOfTheConnectionsZoneAMillisecondWider() {
    ApiRequest utc = only(local("2024-01-01T00:00"), local("2024-01-02T00:00"), 0, ZoneOffset.UTC);
    assertEquals(instant("2024-01-01T00:00:00Z") - 1, start(utc));
    assertEquals(instant("2024-01-02T00:00:00Z") + 1, end(utc));

    ApiRequest shanghai = only(local("2024-01-01T00:00"), null, 0, ZoneId.of("Asia/Shanghai"));
    assertEquals(instant("2023-12-31T16:00:00Z") - 1, start(shanghai));
    assertEquals(NOW, end(shanghai), "no upper bound: until the statement started");
  }

  @Test
  void anHourThatHappensTwiceIsCoveredBothTimes() {
    ApiRequest fallBack = only(local("2024-11-03T01:30"), local("2024-11-03T01:30"), 0, NEW_YORK);

    assertEquals(instant("2024-11-03T05:30:00Z") - 1, start(fallBack), "the first 01:30, EDT");
    assertEquals(instant("2024-11-03T06:30:00Z") + 1, end(fallBack), "the second 01:30, EST");
  }

  @Test
  void anHourThatNeverHappensStartsWhenClocksResume() {
    ApiRequest springForward = only(local("2024-03-10T02:30"), null, 0, NEW_YORK);

    assertEquals(instant("2024-03-10T07:30:00Z") - 1, start(springForward));
  }

  @Test
  void dateBoundsAreDaysAndASlackWidensTheEnd() {
    int firstOfMarch = (int) LocalDateTime.parse("2024-03-01T00:00").toLocalDate().toEpochDay();

    ApiRequest day = only(firstOfMarch, firstOfMarch, 86_400_000L, ZoneOffset.UTC);

    assertEquals(instant("2024-03-01T00:00:00Z") - 1, start(day));
    assertEquals(instant("2024-03-02T00:00:00Z") + 1, end(day));
  }

  @Test
  void noLowerBoundIsRefusedAndANullOneAsksForNothing() {
    RequestPlan unbounded = new RequestPlan(InstanceReportsDailyTable.DEF, Map.of(), Map.of(),
        ZoneOffset.UTC, NOW);
    MissingTimeBoundException e =
        assertThrows(MissingTimeBoundException.class, unbounded::requireWindow);
    assertTrue(e.getMessage().contains("instance_reports_daily needs a lower bound on"
        + " stats_time"), e.getMessage());

    RequestPlan nullBound = new RequestPlan(CallDetailRecordsTable.DEF, Map.of(),
        Map.of("start_time", new Object[] {null, null, 0L, true, false, true}), ZoneOffset.UTC,
        NOW);
    nullBound.requireWindow();
    assertEquals(List.of(), nullBound.requestsFor("i", List.of()));

    RequestPlan inverted = new RequestPlan(CallDetailRecordsTable.DEF, Map.of(),
        Map.of("start_time", new Object[] {local("2024-02-01T00:00"), local("2024-01-01T00:00"),
            0L, true, true, true}), ZoneOffset.UTC, NOW);
    assertEquals(List.of(), inverted.requestsFor("i", List.of()));
  }

  @Test
  void aReportAsksForItsIntervalInTheWindowItsReferenceDocuments() {
    ApiRequest request = new RequestPlan(InstanceReportsDailyTable.DEF, Map.of(),
        Map.of("stats_time", new Object[] {local("2024-01-01T00:00"), local("2024-02-01T00:00"),
            0L, true, true, false}), ZoneOffset.UTC, NOW).requestsFor("i", List.of()).get(0);

    assertEquals("Daily", request.parameter("Interval"));
    assertEquals("i", request.parameter("InstanceId"));
    assertEquals(instant("2024-01-01T00:00:00Z"), start(request), "the start is included");
    assertEquals(instant("2024-02-01T00:00:00Z"), end(request), "an excluded end stays out");
  }
}
