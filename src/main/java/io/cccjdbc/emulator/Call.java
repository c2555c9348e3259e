package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One generated call: what happened, kept compact; its ListCallDetailRecordsV2 item is built
 * when served. {@link CallGenerator} fills the fields before anyone else sees the call, and
 * nothing changes them after. Durations are whole seconds, times epoch milliseconds.
 */
final class Call implements TimedItem {
  static final String INBOUND = "INBOUND";
  static final String OUTBOUND = "OUTBOUND";
  static final String INTERNAL = "INTERNAL";
  static final String BACK2BACK = "BACK2BACK";
  static final String PREDICTIVE = "PREDICTIVE";
  static final String PRIVACY_DIAL = "PRIVACY_DIAL";
  static final String SUCCESS = "Success";

  String instanceId;
  String contactId;
  String type;
  String mediaType = "AUDIO";
  String disposition;
  long startTime;
  /** 0 when the call was never established. */
  long establishedTime;
  long releaseTime;
  int ivrTime;
  int queueTime;
  int ringTime;
  int dialingTime;
  int talkTime;
  int heldTime;
  int holdCount;
  /** After-call work of the (first) agent; reports count it, the record does not show it. */
  int workTime;
  boolean queued;
  boolean rang;
  String callingNumber;
  String callerLocation;
  String calledNumber;
  String calleeLocation;
  Roster.Agent agent;
  Roster.Group group;
  /**
   * The agent the call was transferred to, who talked {@code secondTalk} of the talk time, or
   * the callee of an internal call.
   */
  Roster.Agent secondAgent;
  Roster.Group secondGroup;
  int secondTalk;
  boolean attendedTransfer;
  String releaseInitiator;
  String releaseReason;
  String earlyMediaState;
  String earlyMediaText;
  /** Null when no survey was offered; {@code satisfaction} 0 when it was not answered. */
  String surveyChannel;
  int satisfaction;
  String broker;
  String additionalBroker;
  String outsideNumber;
  String callIds;
  boolean analyticsReady;
  Chat chat;
  /** The quirk of some records: numbers sent as strings. */
  boolean textNumbers;

  /** What a chat session adds to its record. */
  record Chat(String channelType, String channelName, String visitorId, String visitorName,
      String clientLocation, int byAgent, int byCustomer, int firstResponse, int averageResponse) {}

  private static final String[] SATISFACTION = {"非常不满意", "不满意", "一般", "满意", "非常满意"};

  boolean established() {
    return establishedTime != 0;
  }

  /** QueueTime + RingTime, or 0 if the customer gave up while waiting, as the reference says. */
  int waitTime() {
    return disposition.equals("AbandonedInQueue") || disposition.equals("AbandonedInRing")
        ? 0 : queueTime + ringTime;
  }

  /** Inbound calls count from entering the IVR, the others from being connected. */
  long callDuration() {
    if (type.equals(INBOUND)) {
      return (releaseTime - startTime) / 1000;
    }
    return established() ? (releaseTime - establishedTime) / 1000 : 0;
  }

  /** Whether another agent took the call over; an internal call's second agent is its callee. */
  boolean transferred() {
    return secondAgent != null && !type.equals(INTERNAL);
  }

  /** The talk time of the first agent. */
  int firstTalk() {
    return talkTime - secondTalk;
  }

  @Override
  public long time() {
    return startTime;
  }

  @Override
  public String tieBreak() {
    return contactId;
  }

  @Override
  public ObjectNode filterView() {
    ObjectNode view = Json.MAPPER.createObjectNode()
        .put("ContactId", contactId)
        .put("ContactType", type)
        .put("ContactDisposition", disposition)
        .put("MediaType", mediaType);
    putIfSet(view, "CallingNumber", callingNumber);
    putIfSet(view, "CalledNumber", calledNumber);
    return view;
  }

  @Override
  public ObjectNode json() {
    ObjectNode item = filterView().put("InstanceId", instanceId).put("StartTime", startTime);
    if (established()) {
      item.put("EstablishedTime", establishedTime);
    }
    item.put("ReleaseTime", releaseTime).put("CallDuration", String.valueOf(callDuration()));
    number(item, "RingTime", ringTime);
    number(item, "WaitTime", waitTime());
    item.put("TalkTime", talkTime);
    number(item, "HeldTime", heldTime);
    if (type.equals(INBOUND) && chat == null) {
      item.put("IvrTime", ivrTime);
    }
    number(item, "QueueTime", queueTime);
    if (!type.equals(INBOUND)) {
      item.put("DialingTime", dialingTime);
    }
    boolean recorded = established() && chat == null;
    item.put("RecordingDuration", recorded ? talkTime + heldTime : 0);
    if (textNumbers) {
      item.put("RecordingReady", String.valueOf(recorded));
    } else {
      item.put("RecordingReady", recorded);
    }
    number(item, "TransferCount", transferred() ? 1 : 0);
    putIfSet(item, "CallerLocation", callerLocation);
    putIfSet(item, "CalleeLocation", calleeLocation);
    putAgents(item);
    putIfSet(item, "ReleaseInitiator", releaseInitiator);
    putIfSet(item, "ReleaseReason", releaseReason);
    putSurvey(item);
    putIfSet(item, "EarlyMediaState", earlyMediaState);
    putIfSet(item, "EarlyMediaText", earlyMediaText);
    putIfSet(item, "Broker", broker);
    putIfSet(item, "AdditionalBroker", additionalBroker);
    putIfSet(item, "OutsideNumberDestinationNumber", outsideNumber);
    putIfSet(item, "CallIds", callIds);
    item.put("AnalyticsReportReady", analyticsReady);
    if (chat != null) {
      putChat(item);
    }
    return item;
  }

  private void putAgents(ObjectNode item) {
    if (agent == null) {
      return;
    }
    Roster.Agent[] agents = secondAgent == null
        ? new Roster.Agent[] {agent} : new Roster.Agent[] {agent, secondAgent};
    StringBuilder ids = new StringBuilder();
    StringBuilder names = new StringBuilder();
    StringBuilder offSite = new StringBuilder();
    for (Roster.Agent each : agents) {
      join(ids, each.userId());
      join(names, each.name());
      if (each.workMode().equals("OFF_SITE")) {
        join(offSite, each.userId());
      }
    }
    item.put("AgentIds", ids.toString()).put("AgentNames", names.toString());
    if (!offSite.isEmpty()) {
      item.put("OffSiteAgentIds", offSite.toString());
    }
    Set<Roster.Group> groups = new LinkedHashSet<>();
    if (group != null) {
      groups.add(group);
    }
    if (secondGroup != null) {
      groups.add(secondGroup);
    }
    if (!groups.isEmpty()) {
      StringBuilder groupIds = new StringBuilder();
      StringBuilder groupNames = new StringBuilder();
      for (Roster.Group each : groups) {
        join(groupIds, each.id());
        join(groupNames, each.name());
      }
      item.put("SkillGroupIds", groupIds.toString()).put("SkillGroupNames", groupNames.toString());
    }
  }

  private void putSurvey(ObjectNode item) {
    item.put("SatisfactionSurveyOffered", surveyChannel != null);
    if (surveyChannel == null) {
      return;
    }
    item.put("SatisfactionSurveyChannel", surveyChannel);
    if (satisfaction > 0) {
      number(item, "SatisfactionIndex", satisfaction);
      item.put("SatisfactionDescription", SATISFACTION[satisfaction - 1]);
    }
  }

  private void putChat(ObjectNode item) {
    item.put("AccessChannelType", chat.channelType())
        .put("AccessChannelName", chat.channelName())
        .put("AccessChannelUserId", chat.visitorId())
        .put("AccessChannelUserName", chat.visitorName());
    putIfSet(item, "ClientLocation", chat.clientLocation());
    item.put("MessagesSent", chat.byAgent() + chat.byCustomer())
        .put("MessagesSentByAgent", chat.byAgent())
        .put("MessagesSentByCustomer", chat.byCustomer());
    if (established()) {
      item.put("FirstResponseTime", chat.firstResponse());
    }
  }

  private void number(ObjectNode item, String field, long value) {
    if (textNumbers) {
      item.put(field, String.valueOf(value));
    } else {
      item.put(field, value);
    }
  }

  private static void putIfSet(ObjectNode item, String field, String value) {
    if (value != null) {
      item.put(field, value);
    }
  }

  private static void join(StringBuilder list, String value) {
    if (!list.isEmpty()) {
      list.append(',');
    }
    list.append(value);
  }
}
