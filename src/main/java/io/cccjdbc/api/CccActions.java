package io.cccjdbc.api;

import io.cccjdbc.api.ApiAction.Paging;
import io.cccjdbc.api.ApiAction.Shape;
import io.cccjdbc.api.ApiAction.TimeWindow;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The CCC read actions the driver calls, one constant each, with the shapes, limits and
 * windows the API reference and Alibaba's SDK models give them.
 */
public final class CccActions {

  /** The documented range of {@code PageNumber} for the 2020-07-01 list actions. */
  private static final int MAX_PAGE_NUMBER = 100;

  private static final Paging PAGES = new Paging(false, MAX_PAGE_NUMBER);

  /**
   * Requests per second per account: the quota page gives 300 for GetInstance and 100 for the
   * other read actions it lists (ListUsers among them); for actions it leaves out, 100 too.
   */
  private static final int QUOTA = 100;

  /** Interval reports: whole hours, at most 180 days of daily or 10 days of hourly buckets. */
  private static final TimeWindow REPORT_WINDOW = new TimeWindow("StartTime", "EndTime",
      Duration.ofHours(1), "Interval",
      Map.of("Daily", Duration.ofDays(180), "Hourly", Duration.ofDays(10)), "Daily", true);

  public static final ApiAction GET_INSTANCE =
      new ApiAction("GetInstance", "GET", Shape.OBJECT, List.of(), null, null, false,
          300);

  /** Its reference sets no upper bound on {@code PageNumber}. */
  public static final ApiAction LIST_INSTANCES = new ApiAction("ListInstances", "GET",
      Shape.PAGE, List.of("Id"), new Paging(false, Integer.MAX_VALUE), null, false, QUOTA);

  public static final ApiAction LIST_USERS = paged("ListUsers", "UserId");

  public static final ApiAction LIST_SKILL_GROUPS = paged("ListSkillGroups", "SkillGroupId");

  public static final ApiAction LIST_CONTACT_FLOWS = paged("ListContactFlows", "ContactFlowId");

  public static final ApiAction LIST_PHONE_NUMBERS = paged("ListPhoneNumbers", "Number");

  public static final ApiAction LIST_REALTIME_AGENT_STATES = new ApiAction(
      "ListRealtimeAgentStates", "POST", Shape.PAGE, List.of("AgentId"), PAGES, null, true,
      QUOTA);

  public static final ApiAction LIST_REALTIME_SKILL_GROUP_STATES = new ApiAction(
      "ListRealtimeSkillGroupStates", "POST", Shape.PAGE, List.of("SkillGroupId"), PAGES, null,
      true, QUOTA);

  /**
   * Call records: {@code TotalCount} only on page 1, and no documented window limit, so a
   * window holding more records than one request can list is cut in shorter ones.
   */
  public static final ApiAction LIST_CALL_DETAIL_RECORDS = new ApiAction(
      "ListCallDetailRecordsV2", "POST", Shape.PAGE, List.of("ContactId"),
      new Paging(true, MAX_PAGE_NUMBER),
      new TimeWindow("StartTime", "EndTime", Duration.ofMillis(1), null, Map.of(), null, false),
      false, QUOTA);

  public static final ApiAction LIST_INTERVAL_INSTANCE_REPORT = new ApiAction(
      "ListIntervalInstanceReport", "POST", Shape.ARRAY, List.of("StatsTime"), null,
      REPORT_WINDOW, false, QUOTA);

  public static final ApiAction LIST_INTERVAL_AGENT_REPORT = new ApiAction(
      "ListIntervalAgentReport", "POST", Shape.ARRAY, List.of("StatsTime"), null,
      REPORT_WINDOW, false, QUOTA);

  private CccActions() {
  }

  private static ApiAction paged(String name, String itemKey) {
    return new ApiAction(name, "POST", Shape.PAGE, List.of(itemKey), PAGES, null, false, QUOTA);
  }
}
