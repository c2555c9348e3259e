package io.cccjdbc.emulator;

import static io.cccjdbc.emulator.GatewayRejectionsTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallDetailRecordsTest extends HistoryEmulatorTest {
  private static final String ACTION = "ListCallDetailRecordsV2";
  private static final long FROM = millis("2024-03-04T00:00:00");
  private static final long TO = millis("2024-03-07T00:00:00");

  @Test
  void pagesListTheWindowOnceNewestFirstWithTheTotalOnTheFirstPageOnly() throws Exception {
    List<JsonNode> expected = new ArrayList<>(expected(ACTION, INSTANCE, FROM, TO + 1));
    Collections.reverse(expected);
    List<JsonNode> listed = new ArrayList<>();
    int pages = (expected.size() + 99) / 100;
    for (int page = 1; page <= pages + 1; page++) {
      JsonNode data = client.post(window(FROM, TO, "PageNumber", String.valueOf(page))).json()
          .path("Data");
      assertEquals(page, data.path("PageNumber").asInt());
      assertEquals(100, data.path("PageSize").asInt());
      assertEquals(page == 1 ? expected.size() : 0, data.path("TotalCount").asInt(), "page " + page);
      listed.addAll(elements(data.path("List")));
    }

    assertTrue(expected.size() > 200, "several pages: " + expected.size());
    assertEquals(expected, listed);
  }

  @Test
  void ascendingOrderIsByStartTimeThenContactId() throws Exception {
    List<JsonNode> listed = list(window(FROM, TO, "SortOrder", "ASC", "PageSize", "100"));

    List<JsonNode> expected = expected(ACTION, INSTANCE, FROM, TO + 1).subList(0, 100);
    assertEquals(expected, listed);
    for (int i = 1; i < listed.size(); i++) {
      JsonNode before = listed.get(i - 1);
      JsonNode after = listed.get(i);
      long order = Long.compare(before.path("StartTime").asLong(), after.path("StartTime").asLong());
      assertTrue(order < 0 || order == 0
          && before.path("ContactId").asText().compareTo(after.path("ContactId").asText()) < 0);
    }
  }

  @Test
  void bothEndsOfTheWindowAreIncluded() throws Exception {
    JsonNode call = expected(ACTION, INSTANCE, FROM, TO).get(10);
    long time = call.path("StartTime").asLong();
    String at = String.valueOf(time);

    assertEquals(List.of(call), list(window(time, time)));
    assertEquals(call, list(window(time - 60_000, time)).get(0), "newest first, ending with it");
    List<JsonNode> fromIt = list(window(time, time + 60_000, "SortOrder", "ASC"));
    assertEquals(call, fromIt.get(0));
    assertFalse(list(window(time + 1, time + 60_000)).contains(call));
    assertFalse(list(window(time - 60_000, time - 1)).contains(call));
    assertEquals(1, client.post(request(ACTION, "PageNumber", "1", "PageSize", "10",
        "StartTime", at, "EndTime", at)).json().at("/Data/TotalCount").asInt());
  }

  @Test
  void anEndBeforeTheStartMatchesNothing() throws Exception {
    JsonNode data = client.post(window(TO, FROM)).json().path("Data");

    assertEquals(0, data.path("TotalCount").asInt());
    assertEquals(0, data.path("List").size());
  }

  @Test
  void withoutTimesTheWindowIsTodayInShanghaiUpToNow() throws Exception {
    long midnight = millis("2024-03-13T00:00:00");
    List<JsonNode> expected = new ArrayList<>(expected(ACTION, INSTANCE, midnight,
        NOW.toEpochMilli() + 1));
    Collections.reverse(expected);

    JsonNode data = client.post(request(ACTION, "PageNumber", "1", "PageSize", "100")).json()
        .path("Data");

    assertTrue(expected.size() > 20, "calls today before now: " + expected.size());
    assertEquals(expected.size(), data.path("TotalCount").asInt());
    assertEquals(expected.subList(0, Math.min(100, expected.size())), elements(data.path("List")));
    assertFalse(expected(ACTION, INSTANCE, NOW.toEpochMilli() + 1, millis("2024-03-14T00:00:00"))
        .isEmpty(), "the history goes on after now, but the default window ends at now");
  }

  @Test
  void eachFilterNarrowsTheWindowToWhatItNames() throws Exception {
    List<JsonNode> window = expected(ACTION, INSTANCE, FROM, TO + 1);
    JsonNode someCall = window.get(3);
    JsonNode otherCall = window.get(window.size() - 3);
    String caller = someCall.path("CallingNumber").asText();
    String called = someCall.path("CalledNumber").asText();

    assertFiltered(window, c -> List.of(someCall, otherCall).contains(c), "ContactIdList",
        "[\"" + someCall.path("ContactId").asText() + "\",\"" + otherCall.path("ContactId").asText()
            + "\",\"job-unknown\"]");
    assertFiltered(window, c -> List.of("INTERNAL", "BACK2BACK").contains(type(c)),
        "ContactTypeList", "[\"INTERNAL\",\"BACK2BACK\"]");
    assertFiltered(window, c -> List.of("NoAnswer", "AbandonedInQueue").contains(
        c.path("ContactDisposition").asText()), "ContactDispositionList",
        "[\"NoAnswer\",\"AbandonedInQueue\"]");
    assertFiltered(window, c -> caller.equals(c.path("CallingNumber").asText()), "CallingNumber",
        caller);
    assertFiltered(window, c -> called.equals(c.path("CalledNumber").asText()), "CalledNumber",
        called);
    assertFiltered(window, c -> c.path("MediaType").asText().equals("CHAT"), "MediaType", "CHAT");
    assertFiltered(window, c -> true, "MediaType", "ALL");
    assertFiltered(window, c -> true, "ContactTypeList", "");
  }

  @Test
  void filtersCombine() throws Exception {
    List<JsonNode> window = expected(ACTION, INSTANCE, FROM, TO + 1);
    String caller = window.stream().filter(c -> type(c).equals("OUTBOUND")).findFirst()
        .orElseThrow().path("CallingNumber").asText();

    List<JsonNode> listed = list(window(FROM, TO, "SortOrder", "ASC",
        "ContactTypeList", "[\"OUTBOUND\"]", "CallingNumber", caller,
        "ContactDispositionList", "[\"Success\"]"));

    List<JsonNode> expected = window.stream().filter(c -> type(c).equals("OUTBOUND")
        && c.path("CallingNumber").asText().equals(caller)
        && c.path("ContactDisposition").asText().equals("Success")).toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected.subList(0, Math.min(100, expected.size())), listed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ContactIdList", "ContactTypeList", "ContactDispositionList"})
  void aListFilterMustBeAJsonArrayOfAtMostOneHundredStrings(String filter) throws Exception {
    String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "\"v" + i + "\"")
        .collect(Collectors.joining(",", "[", "]"));

    assertError(client.post(window(FROM, TO, filter, "INBOUND")), 400, "Invalid" + filter, null);
    assertError(client.post(window(FROM, TO, filter, "[1,2]")), 400, "Invalid" + filter, null);
    assertError(client.post(window(FROM, TO, filter, hundredAndOne)), 400, "Parameter.Maximum",
        "The parameter " + filter + " must hold at most 100 elements.");
  }

  @Test
  void oneHundredPagesOfOneHundredAreAsFarAsAFilterSetReaches() throws Exception {
    Instant end = at("2024-03-13T00:00:00");
    Dataset busy = Dataset.withHistory(Dataset.demo(NOW),
        HistorySpec.of(end, 1, 9_000, 5).onlyFor(INSTANCE));
    MutableClock clock = new MutableClock(NOW);
    try (CccEmulator dense = CccEmulator.builder().dataset(busy).clock(clock).build().start()) {
      TestClient denseClient = new TestClient(dense, clock);
      List<JsonNode> all = wire(busy.itemsOf(ACTION, INSTANCE));

      JsonNode data = denseClient.post(everything("100")).json().path("Data");

      assertTrue(all.size() > 10_000, "calls: " + all.size());
      assertEquals(0, data.path("TotalCount").asInt());
      assertEquals(all.subList(9_900, 10_000), elements(data.path("List")));
      assertEquals(all.size(),
          denseClient.post(everything("1")).json().at("/Data/TotalCount").asInt());
      assertError(denseClient.post(everything("101")), 400, "Parameter.Maximum",
          "The parameter PageNumber must be less than or equal to 100.");
    }
  }

  @Test
  void pagingParametersAreCheckedAsTheOtherListActionsCheckThem() throws Exception {
    assertError(client.post(window(FROM, TO, "PageSize", "101")), 400, "Parameter.Maximum",
        "The parameter PageSize must be less than or equal to 100.");
    assertError(client.post(window(FROM, TO, "PageNumber", "0")), 400, "Parameter.Minimum",
        "The parameter PageNumber must be greater than or equal to 1.");
    assertError(client.post(window(FROM, TO, "PageSize", null)), 400, "Parameter.Blank",
        "The parameter PageSize may not be null or blank.");
    assertError(client.post(window(FROM, TO, "InstanceId", null)), 400, "Parameter.Blank",
        "The parameter InstanceId may not be null or blank.");
    assertError(client.post(window(FROM, TO, "InstanceId", "ccc-nowhere")), 404,
        "NotExists.InstanceId", "The specified instance ccc-nowhere does not exist.");
  }

  @Test
  void badTimesAndOrdersAreRefused() throws Exception {
    assertError(client.post(window(FROM, TO, "StartTime", "yesterday")), 400, "InvalidStartTime",
        "Specified parameter StartTime is not valid.");
    assertError(client.post(window(FROM, TO, "EndTime", "-1")), 400, "Parameter.Minimum",
        "The parameter EndTime must be greater than or equal to 0.");
    assertError(client.post(window(FROM, TO, "SortOrder", "NEWEST")), 400,
        "Parameter.Enumeration", "The parameter SortOrder must be one of ASC, DESC.");
    assertError(client.post(window(FROM, TO, "OrderByField", "talkTime")), 400,
        "Parameter.Enumeration", "The parameter OrderByField must be one of startTime.");
  }

  @Test
  void aStoppedInstanceHasNoCalls() throws Exception {
    JsonNode data = client.post(window(0, NOW.toEpochMilli(), "InstanceId", "ccc-sh-pilot")).json()
        .path("Data");

    assertEquals(0, data.path("TotalCount").asInt());
  }

  private void assertFiltered(List<JsonNode> window, Predicate<JsonNode> test, String parameter,
      String value) throws Exception {
    List<JsonNode> expected = window.stream().filter(test).toList();
    List<JsonNode> listed = new ArrayList<>();
    JsonNode data;
    int page = 1;
    do {
      data = client.post(window(FROM, TO, "SortOrder", "ASC", parameter, value,
          "PageNumber", String.valueOf(page))).json().path("Data");
      if (page == 1) {
        assertEquals(expected.size(), data.path("TotalCount").asInt(), parameter + "=" + value);
      }
      listed.addAll(elements(data.path("List")));
      page++;
    } while (data.path("List").size() == 100);
    assertFalse(expected.isEmpty(), parameter + " matches some calls");
    assertEquals(expected, listed, parameter + "=" + value);
  }

  private List<JsonNode> list(Map<String, String> request) throws Exception {
    TestClient.Reply reply = client.post(request);
    assertEquals(200, reply.status(), reply.text());
    return elements(reply.json().at("/Data/List"));
  }

  private Map<String, String> everything(String page) {
    return request(ACTION, "PageNumber", page, "PageSize", "100", "StartTime", "0",
        "SortOrder", "ASC");
  }

  private Map<String, String> window(long from, long to, String... more) {
    List<String> parameters = new ArrayList<>(List.of("PageNumber", "1", "PageSize", "100",
        "StartTime", String.valueOf(from), "EndTime", String.valueOf(to)));
    parameters.addAll(Arrays.asList(more));
    return request(ACTION, parameters.toArray(String[]::new));
  }

  private static String type(JsonNode call) {
    return call.path("ContactType").asText();
  }
}
