package io.cccjdbc.emulator;

import java.util.List;

/**
 * ListIntervalAgentReport's metrics, as the reference defines them, and how one call adds to
 * the bucket of an agent who took part in it. Inbound and Outbound count what the agent did in
 * those calls (a transfer counts out for one agent and in for the other), Internal the calls
 * between agents, Back2Back the calls that rang the agent before dialling the customer, which
 * the service sends as strings.
 */
final class AgentReport {
  private static final String SATISFACTION_INDEX =
      "SatisfactionIndex = _SatisfactionPoints / SatisfactionSurveysResponded";
  private static final String SATISFACTION_RATE =
      "SatisfactionRate = _Satisfied / SatisfactionSurveysResponded";

  static final MetricGroup INBOUND = new MetricGroup("Inbound", false,
      "AverageFirstResponseTime = _FirstResponseTime / _ChatsAnswered",
      "AverageHoldTime = TotalHoldTime / CallsHold",
      "AverageResponseTime = _ResponseTime / _ChatsAnswered",
      "AverageRingTime = TotalRingTime / CallsRinged",
      "AverageTalkTime = TotalTalkTime / CallsHandled",
      "AverageWorkTime = TotalWorkTime / CallsHandled",
      "CallsAttendedTransferIn", "CallsAttendedTransferOut", "CallsBlindTransferIn",
      "CallsBlindTransferOut", "CallsHandled", "CallsHold", "CallsOffered", "CallsRinged",
      "HandleRate = CallsHandled / CallsOffered",
      "MaxHoldTime", "MaxRingTime", "MaxTalkTime", "MaxWorkTime",
      SATISFACTION_INDEX, SATISFACTION_RATE,
      "SatisfactionSurveysOffered", "SatisfactionSurveysResponded",
      "ServiceLevel15 = _AnsweredWithin15 / CallsOffered",
      "TotalHoldTime", "TotalMessagesSent", "TotalMessagesSentByAgent",
      "TotalMessagesSentByCustomer", "TotalRingTime", "TotalTalkTime", "TotalWorkTime",
      "_AnsweredWithin15", "_ChatsAnswered", "_FirstResponseTime", "_ResponseTime",
      "_SatisfactionPoints", "_Satisfied");

  static final MetricGroup OUTBOUND = new MetricGroup("Outbound", false,
      "AnswerRate = CallsAnswered / CallsDialed",
      "AverageDialingTime = TotalDialingTime / CallsDialed",
      "AverageHoldTime = TotalHoldTime / CallsHold",
      "AverageRingTime = TotalRingTime / CallsRinged",
      "AverageTalkTime = TotalTalkTime / CallsAnswered",
      "AverageWorkTime = TotalWorkTime / CallsDialed",
      "CallsAnswered", "CallsAttendedTransferIn", "CallsAttendedTransferOut",
      "CallsBlindTransferIn", "CallsBlindTransferOut", "CallsDialed", "CallsHold", "CallsRinged",
      "MaxDialingTime", "MaxHoldTime", "MaxRingTime", "MaxTalkTime", "MaxWorkTime",
      SATISFACTION_INDEX, SATISFACTION_RATE,
      "SatisfactionSurveysOffered", "SatisfactionSurveysResponded",
      "TotalDialingTime", "TotalHoldTime", "TotalRingTime", "TotalTalkTime", "TotalWorkTime",
      "_SatisfactionPoints", "_Satisfied");

  static final MetricGroup INTERNAL = new MetricGroup("Internal", false,
      "AverageTalkTime = _TalkTime / CallsTalked",
      "CallsAnswered", "CallsDialed", "CallsHandled", "CallsOffered", "CallsTalked", "_TalkTime");

  static final MetricGroup BACK2BACK = new MetricGroup("Back2Back", true,
      "AgentHandleRate = CallsAgentHandled / CallsDialed",
      "AnswerRate = CallsAnswered / CallsDialed",
      "AverageCustomerRingTime = TotalCustomerRingTime / CallsAgentHandled",
      "AverageRingTime = TotalRingTime / CallsDialed",
      "AverageTalkTime = TotalTalkTime / CallsAnswered",
      "CallsAgentHandled", "CallsAnswered", "CallsCustomerAnswered", "CallsDialed",
      "CustomerAnswerRate = CallsCustomerAnswered / CallsAgentHandled",
      "MaxCustomerRingTime", "MaxRingTime", "MaxTalkTime",
      "TotalCustomerRingTime", "TotalRingTime", "TotalTalkTime");

  static final MetricGroup OVERALL = new MetricGroup("Overall", false,
      "AverageBreakTime = TotalBreakTime / _Breaks",
      "AverageHoldTime = TotalHoldTime / _CallsHold",
      "AverageReadyTime = TotalReadyTime / _ReadyPeriods",
      "AverageTalkTime = TotalTalkTime / _CallsTalked",
      "AverageWorkTime = TotalWorkTime / TotalCalls",
      "FirstCheckInTime", "LastCheckOutTime", "LastCheckoutTime",
      "MaxBreakTime", "MaxHoldTime", "MaxReadyTime", "MaxTalkTime", "MaxWorkTime",
      "OccupancyRate = TotalWorkTime + TotalTalkTime / TotalLoggedInTime",
      SATISFACTION_INDEX, SATISFACTION_RATE,
      "SatisfactionSurveysOffered", "SatisfactionSurveysResponded",
      "TotalBreakTime", "TotalCalls", "TotalHoldTime", "TotalLoggedInTime",
      "TotalOffSiteLoggedInTime", "TotalOffSiteOnlineTime", "TotalOfficePhoneLoggedInTime",
      "TotalOfficePhoneOnlineTime", "TotalOnSiteLoggedInTime", "TotalOnSiteOnlineTime",
      "TotalOutboundScenarioLoggedInTime", "TotalOutboundScenarioReadyTime",
      "TotalOutboundScenarioTime", "TotalReadyTime", "TotalTalkTime", "TotalWorkTime",
      "_Breaks", "_CallsHold", "_CallsTalked", "_ReadyPeriods", "_SatisfactionPoints",
      "_Satisfied");

  static final List<MetricGroup> GROUPS = List.of(INBOUND, OUTBOUND, INTERNAL, BACK2BACK, OVERALL);

  private AgentReport() {}

  /** Whether the agent took part in the call. */
  static boolean involves(Call call, Roster.Agent agent) {
    return call.agent == agent || call.secondAgent == agent;
  }

  /** How long the call kept the agent from being ready, in seconds. */
  static long busy(Call call, Roster.Agent agent) {
    if (call.type.equals(Call.INTERNAL) || call.type.equals(Call.BACK2BACK)) {
      return call.ringTime + call.dialingTime + call.talkTime + call.heldTime;
    }
    if (call.agent == agent) {
      return call.ringTime + call.dialingTime + call.firstTalk() + call.heldTime + call.workTime;
    }
    return call.secondTalk;
  }

  static void add(ReportBucket bucket, Call call, Roster.Agent agent) {
    switch (call.type) {
      case Call.INTERNAL -> internal(bucket, call, agent);
      case Call.BACK2BACK -> backToBack(bucket, call);
      default -> handled(bucket, call, agent, call.type.equals(Call.INBOUND) ? INBOUND : OUTBOUND);
    }
  }

  private static void handled(ReportBucket bucket, Call call, Roster.Agent agent,
      MetricGroup group) {
    boolean first = call.agent == agent;
    boolean talked = call.disposition.equals(Call.SUCCESS);
    bucket.record(group, group == INBOUND ? "CallsOffered" : "CallsDialed", 1);
    bucket.record(OVERALL, "TotalCalls", 1);
    if (group == OUTBOUND && first) {
      bucket.record(OUTBOUND, "TotalDialingTime", call.dialingTime);
      bucket.record(OUTBOUND, "MaxDialingTime", call.dialingTime);
    }
    if (group == OUTBOUND && call.established()) {
      bucket.record(OUTBOUND, "CallsAnswered", 1);
    }
    if (call.rang || !first) {
      long ring = first ? call.ringTime : 0;
      bucket.record(group, "CallsRinged", 1);
      bucket.record(group, "TotalRingTime", ring);
      bucket.record(group, "MaxRingTime", ring);
    }
    if (call.transferred()) {
      String kind = call.attendedTransfer ? "Attended" : "Blind";
      bucket.record(group, "Calls" + kind + (first ? "TransferOut" : "TransferIn"), 1);
    }
    if (!talked) {
      return;
    }
    long talk = first ? call.firstTalk() : call.secondTalk;
    long work = first ? call.workTime : 0;
    if (group == INBOUND) {
      bucket.record(INBOUND, "CallsHandled", 1);
      bucket.record(INBOUND, "_AnsweredWithin15", first && call.waitTime() <= 15 ? 1 : 0);
    }
    bucket.record(OVERALL, "_CallsTalked", 1);
    for (MetricGroup each : List.of(group, OVERALL)) {
      bucket.record(each, "TotalTalkTime", talk);
      bucket.record(each, "MaxTalkTime", talk);
      bucket.record(each, "TotalWorkTime", work);
      bucket.record(each, "MaxWorkTime", work);
    }
    if (first) {
      firstAgentOnly(bucket, call, group);
    }
  }

  /** Holds, chat messages and the survey belong to the agent who answered. */
  private static void firstAgentOnly(ReportBucket bucket, Call call, MetricGroup group) {
    if (call.holdCount > 0) {
      bucket.record(group, "CallsHold", call.holdCount);
      bucket.record(OVERALL, "_CallsHold", call.holdCount);
      for (MetricGroup each : List.of(group, OVERALL)) {
        bucket.record(each, "TotalHoldTime", call.heldTime);
        bucket.record(each, "MaxHoldTime", call.heldTime);
      }
    }
    if (call.chat != null) {
      bucket.record(INBOUND, "TotalMessagesSent", call.chat.byAgent() + call.chat.byCustomer());
      bucket.record(INBOUND, "TotalMessagesSentByAgent", call.chat.byAgent());
      bucket.record(INBOUND, "TotalMessagesSentByCustomer", call.chat.byCustomer());
      bucket.record(INBOUND, "_ChatsAnswered", 1);
      bucket.record(INBOUND, "_FirstResponseTime", call.chat.firstResponse());
      bucket.record(INBOUND, "_ResponseTime", call.chat.averageResponse());
    }
    InstanceReport.survey(bucket, group, call);
    InstanceReport.survey(bucket, OVERALL, call);
  }

  private static void internal(ReportBucket bucket, Call call, Roster.Agent agent) {
    boolean caller = call.agent == agent;
    long talked = call.established() ? 1 : 0;
    bucket.record(INTERNAL, caller ? "CallsDialed" : "CallsOffered", 1);
    bucket.record(INTERNAL, caller ? "CallsAnswered" : "CallsHandled", talked);
    bucket.record(INTERNAL, "CallsTalked", talked);
    bucket.record(INTERNAL, "_TalkTime", call.talkTime);
  }

  private static void backToBack(ReportBucket bucket, Call call) {
    bucket.record(BACK2BACK, "CallsDialed", 1);
    bucket.record(BACK2BACK, "TotalRingTime", call.ringTime);
    bucket.record(BACK2BACK, "MaxRingTime", call.ringTime);
    if (call.dialingTime > 0) {
      bucket.record(BACK2BACK, "CallsAgentHandled", 1);
      bucket.record(BACK2BACK, "TotalCustomerRingTime", call.dialingTime);
      bucket.record(BACK2BACK, "MaxCustomerRingTime", call.dialingTime);
    }
    if (call.established()) {
      bucket.record(BACK2BACK, "CallsCustomerAnswered", 1);
      bucket.record(BACK2BACK, "CallsAnswered", 1);
      bucket.record(BACK2BACK, "TotalTalkTime", call.talkTime);
      bucket.record(BACK2BACK, "MaxTalkTime", call.talkTime);
    }
  }

  /** The agent's presence in the hour; online and logged-in time also by work mode. */
  static void add(ReportBucket bucket, Shift.Presence presence, String workMode) {
    InstanceReport.add(bucket, presence, OVERALL);
    String mode = switch (workMode) {
      case "OFF_SITE" -> "OffSite";
      case "OFFICE_PHONE" -> "OfficePhone";
      default -> "OnSite";
    };
    bucket.record(OVERALL, "Total" + mode + "OnlineTime", presence.online());
    bucket.record(OVERALL, "Total" + mode + "LoggedInTime", presence.loggedIn());
  }
}
