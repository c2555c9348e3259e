package io.cccjdbc.api;

import io.cccjdbc.api.ApiAction.Paging;
import io.cccjdbc.api.ApiAction.Shape;
import java.util.List;

/**
 * The CCC read actions the driver calls, one constant each, with the shapes the API
 * reference and Alibaba's SDK models give them.
 */
public final class CccActions {

  /** The documented range of {@code PageNumber} for the 2020-07-01 list actions. */
  private static final int MAX_PAGE_NUMBER = 100;

  public static final ApiAction GET_INSTANCE =
      new ApiAction("GetInstance", "GET", Shape.OBJECT, null, false);

  /** Its reference sets no upper bound on {@code PageNumber}. */
  public static final ApiAction LIST_INSTANCES = new ApiAction("ListInstances", "GET",
      Shape.PAGE, new Paging(List.of("Id"), false, Integer.MAX_VALUE), false);

  public static final ApiAction LIST_USERS = paged("ListUsers", "UserId");

  public static final ApiAction LIST_SKILL_GROUPS = paged("ListSkillGroups", "SkillGroupId");

  public static final ApiAction LIST_CONTACT_FLOWS = paged("ListContactFlows", "ContactFlowId");

  public static final ApiAction LIST_REALTIME_AGENT_STATES = new ApiAction(
      "ListRealtimeAgentStates", "POST", Shape.PAGE,
      new Paging(List.of("AgentId"), false, MAX_PAGE_NUMBER), true);

  public static final ApiAction LIST_REALTIME_SKILL_GROUP_STATES = new ApiAction(
      "ListRealtimeSkillGroupStates", "POST", Shape.PAGE,
      new Paging(List.of("SkillGroupId"), false, MAX_PAGE_NUMBER), true);

  private CccActions() {
  }

  private static ApiAction paged(String name, String itemKey) {
    return new ApiAction(name, "POST", Shape.PAGE,
        new Paging(List.of(itemKey), false, MAX_PAGE_NUMBER), false);
  }
}
