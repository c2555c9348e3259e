package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CCC's own part: the actions the emulator serves, one entry each, answered from the dataset
 * once the gateway let the request in.
 */
final class Actions {
  /** ListRealtimeAgentStates takes at most 20 agent ids. */
  static final int MAX_AGENT_IDS = 20;
  static final int MAX_LIST_FILTER = 100;

  private static final List<ActionHandler> REGISTRY = List.of(
      new GetInstanceAction(),
      new ListInstancesAction(),
      new PagedListAction("ListUsers",
          ItemFilter.memberOf("SkillGroupId", "SkillLevelList", "SkillGroupId"),
          ItemFilter.contains("SearchPattern", "LoginName", "DisplayName")),
      new PagedListAction("ListSkillGroups",
          ItemFilter.equalOrDefault("MediaType", "MediaType", "AUDIO"),
          ItemFilter.contains("SearchPattern", "SkillGroupName", "DisplayName")),
      new PagedListAction("ListContactFlows",
          ItemFilter.equal("Type", "Type"),
          ItemFilter.contains("SearchPattern", "Name")),
      new PagedListAction("ListPhoneNumbers",
          ItemFilter.equal("Usage", "Usage"),
          ItemFilter.equal("Active", "Active"),
          ItemFilter.contains("SearchPattern", "Number")),
      new PagedListAction("ListRealtimeAgentStates",
          ItemFilter.inList("AgentIdList", "AgentId", MAX_AGENT_IDS),
          ItemFilter.inList("StateList", "State", MAX_LIST_FILTER)),
      new PagedListAction("ListRealtimeSkillGroupStates",
          ItemFilter.inList("SkillGroupIdList", "SkillGroupId", MAX_LIST_FILTER)),
      new CallDetailRecordsAction(
          ItemFilter.inList("ContactIdList", "ContactId", MAX_LIST_FILTER),
          ItemFilter.inList("ContactTypeList", "ContactType", MAX_LIST_FILTER),
          ItemFilter.inList("ContactDispositionList", "ContactDisposition", MAX_LIST_FILTER),
          ItemFilter.equal("CallingNumber", "CallingNumber"),
          ItemFilter.equal("CalledNumber", "CalledNumber"),
          ItemFilter.equalUnless("MediaType", "MediaType", "ALL")),
      IntervalReportAction.ofInstance("ListIntervalInstanceReport"),
      IntervalReportAction.ofAgent("ListIntervalAgentReport"));

  static final Set<String> NAMES = Set.copyOf(REGISTRY.stream().map(ActionHandler::name).toList());

  private final Dataset dataset;
  private final Clock clock;
  private final Map<String, ActionHandler> handlers = new LinkedHashMap<>();

  /** {@code clock} tells the service's "now" and "today", the defaults of time windows. */
  Actions(Dataset dataset, Clock clock) {
    this.dataset = dataset;
    this.clock = clock;
    REGISTRY.forEach(handler -> handlers.put(handler.name(), handler));
  }

  /** The success body, or the error CCC answers with; {@code action} is one of {@link #NAMES}. */
  Answer answer(String action, Map<String, String> parameters, String requestId, String hostId) {
    try {
      ActionHandler handler = handlers.get(action);
      JsonNode data = handler.data(new Parameters(parameters, clock.instant()), dataset);
      return Answer.json(200, handler.body(requestId, data), requestId);
    } catch (Rejection rejection) {
      return Answer.error(rejection.error(), requestId, hostId);
    }
  }
}
