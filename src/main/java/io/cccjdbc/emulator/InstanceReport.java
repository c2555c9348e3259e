package io.cccjdbc.emulator;

import java.util.List;

/**
 * ListIntervalInstanceReport's metrics, as the reference defines them, and how one call or
 * one agent's presence adds to a bucket. Inbound counts inbound calls, Outbound the calls the
 * service or its agents placed; internal calls count in neither.
 */
final class InstanceReport {
  private static final String SATISFACTION_INDEX =
      "SatisfactionIndex = _SatisfactionPoints / SatisfactionSurveysResponded";
  private static final String SATISFACTION_RATE =
      "SatisfactionRate = _Satisfied / SatisfactionSurveysResponded";

  static final MetricGroup INBOUND = new MetricGroup("Inbound", false,
      "AbandonRate = CallsAbandoned / CallsOffered",
      "AbandonedRate = CallsAbandoned / CallsOffered",
      "AverageAbandonTime = TotalAbandonTime / CallsAbandoned",
      "AverageAbandonedInIVRTime = TotalAbandonedInIVRTime / CallsAbandonedInIVR",
      "AverageAbandonedInQueueTime = TotalAbandonedInQueueTime / CallsAbandonedInQueue",
      "AverageAbandonedInRingTime = TotalAbandonedInRingTime / CallsAbandonedInRing",
      "AverageFirstResponseTime = _FirstResponseTime / _ChatsAnswered",
      "AverageHoldTime = TotalHoldTime / CallsHold",
      "AverageResponseTime = _ResponseTime / _ChatsAnswered",
      "AverageRingTime = TotalRingTime / CallsRinged",
      "AverageTalkTime = TotalTalkTime / CallsHandled",
      "AverageWaitTime = TotalWaitTime / CallsHandled",
      "AverageWorkTime = TotalWorkTime / CallsHandled",
      "CallsAbandoned", "CallsAbandonedInIVR", "CallsAbandonedInQueue", "CallsAbandonedInRing",
      "CallsAbandonedInVoiceNavigator", "CallsAttendedTransferred", "CallsBlindTransferred",
      "CallsCausedIVRException", "CallsForwardToOutsideNumber", "CallsHandled", "CallsHold",
      "CallsIVRException", "CallsOffered", "CallsQueued", "CallsQueuingFailed",
      "CallsQueuingOverflow", "CallsQueuingTimeout", "CallsRinged", "CallsToVoicemail",
      "CallsVoicemail",
      "HandleRate = CallsHandled / CallsOffered",
      "MaxAbandonTime", "MaxAbandonedInIVRTime", "MaxAbandonedInQueueTime",
      "MaxAbandonedInRingTime", "MaxHoldTime", "MaxRingTime", "MaxTalkTime", "MaxWaitTime",
      "MaxWorkTime",
      SATISFACTION_INDEX, SATISFACTION_RATE,
      "SatisfactionSurveysOffered", "SatisfactionSurveysResponded",
      "ServiceLevel20 = _AnsweredWithin20 / CallsQueued",
      "TotalAbandonTime", "TotalAbandonedInIVRTime", "TotalAbandonedInQueueTime",
      "TotalAbandonedInRingTime", "TotalHoldTime", "TotalMessagesSent",
      "TotalMessagesSentByAgent", "TotalMessagesSentByCustomer", "TotalRingTime",
      "TotalTalkTime", "TotalWaitTime", "TotalWorkTime",
      "_AnsweredWithin20", "_ChatsAnswered", "_FirstResponseTime", "_ResponseTime",
      "_SatisfactionPoints", "_Satisfied");

  static final MetricGroup OUTBOUND = new MetricGroup("Outbound", false,
      "AnswerRate = CallsAnswered / CallsDialed",
      "AverageDialingTime = TotalDialingTime / CallsDialed",
      "AverageHoldTime = TotalHoldTime / CallsHold",
      "AverageRingTime = TotalRingTime / CallsRinged",
      "AverageTalkTime = TotalTalkTime / CallsAnswered",
      "AverageWorkTime = TotalWorkTime / CallsDialed",
      "CallsAnswered", "CallsAttendedTransferred", "CallsBlindTransferred", "CallsDialed",
      "CallsHold", "CallsRinged",
      "MaxDialingTime", "MaxHoldTime", "MaxRingTime", "MaxTalkTime", "MaxWorkTime",
      SATISFACTION_INDEX, SATISFACTION_RATE,
      "SatisfactionSurveysOffered", "SatisfactionSurveysResponded",
      "TotalDialingTime", "TotalHoldTime", "TotalRingTime", "TotalTalkTime", "TotalWorkTime",
      "_SatisfactionPoints", "_Satisfied");

  static final MetricGroup OVERALL = new MetricGroup("Overall", false,
      "AverageBreakTime = TotalBreakTime / _Breaks",
      "AverageHoldTime = TotalHoldTime / _CallsHold",
      "AverageReadyTime = TotalReadyTime / _ReadyPeriods",
      "AverageTalkTime = TotalTalkTime / _CallsTalked",
      "AverageWorkTime = TotalWorkTime / TotalCalls",
      "MaxBreakTime", "MaxHoldTime", "MaxReadyTime", "MaxTalkTime", "MaxWorkTime",
      "OccupancyRate = TotalWorkTime + TotalTalkTime / TotalLoggedInTime",
      SATISFACTION_INDEX, SATISFACTION_RATE,
      "SatisfactionSurveysOffered", "SatisfactionSurveysResponded",
      "TotalBreakTime", "TotalCalls", "TotalHoldTime", "TotalLoggedInTime", "TotalReadyTime",
      "TotalTalkTime", "TotalWorkTime",
      "_Breaks", "_CallsHold", "_CallsTalked", "_ReadyPeriods", "_SatisfactionPoints",
      "_Satisfied");

  static final List<MetricGroup> GROUPS = List.of(INBOUND, OUTBOUND, OVERALL);

  private InstanceReport() {}

  static void add(ReportBucket bucket, Call call) {
    if (call.type.equals(Call.INTERNAL)) {
      return;
    }
    boolean inbound = call.type.equals(Call.INBOUND);
    MetricGroup group = inbound ? INBOUND : OUTBOUND;
    boolean talked = call.disposition.equals(Call.SUCCESS) && call.agent != null;
    if (inbound) {
      inbound(bucket, call, talked);
    } else {
      bucket.record(OUTBOUND, "CallsDialed", 1);
      bucket.record(OUTBOUND, "TotalDialingTime", call.dialingTime);
      bucket.record(OUTBOUND, "MaxDialingTime", call.dialingTime);
      bucket.record(OUTBOUND, "CallsAnswered", call.established() ? 1 : 0);
    }
    if (call.rang) {
      bucket.record(group, "CallsRinged", 1);
      bucket.record(group, "TotalRingTime", call.ringTime);
      bucket.record(group, "MaxRingTime", call.ringTime);
    }
    bucket.record(OVERALL, "TotalCalls", 1);
    if (talked) {
      for (MetricGroup each : List.of(group, OVERALL)) {
        bucket.record(each, "TotalTalkTime", call.talkTime);
        bucket.record(each, "MaxTalkTime", call.talkTime);
        bucket.record(each, "TotalWorkTime", call.workTime);
        bucket.record(each, "MaxWorkTime", call.workTime);
      }
      bucket.record(OVERALL, "_CallsTalked", 1);
    }
    if (call.holdCount > 0) {
      bucket.record(group, "CallsHold", 1);
      bucket.record(OVERALL, "_CallsHold", 1);
      for (MetricGroup each : List.of(group, OVERALL)) {
        bucket.record(each, "TotalHoldTime", call.heldTime);
        bucket.record(each, "MaxHoldTime", call.heldTime);
      }
    }
    if (call.transferred()) {
      bucket.record(group,
          call.attendedTransfer ? "CallsAttendedTransferred" : "CallsBlindTransferred", 1);
    }
    survey(bucket, group, call);
    survey(bucket, OVERALL, call);
  }

  private static void inbound(ReportBucket bucket, Call call, boolean talked) {
    bucket.record(INBOUND, "CallsOffered", 1);
    bucket.record(INBOUND, "CallsQueued", call.queued ? 1 : 0);
    long seconds = (call.releaseTime - call.startTime) / 1000;
    switch (call.disposition) {
      case "AbandonedInIVR" -> abandoned(bucket, "IVR", call.ivrTime, seconds);
      case "AbandonedInQueue" -> abandoned(bucket, "Queue", call.queueTime, seconds);
      case "AbandonedInRing" -> abandoned(bucket, "Ring", call.ringTime, seconds);
      case "AbandonedInVoiceNavigator" ->
          bucket.record(INBOUND, "CallsAbandonedInVoiceNavigator", 1);
      case "IVRException" -> {
        bucket.record(INBOUND, "CallsIVRException", 1);
        bucket.record(INBOUND, "CallsCausedIVRException", 1);
      }
      case "ForwardToOutsideNumber" -> bucket.record(INBOUND, "CallsForwardToOutsideNumber", 1);
      case "QueuingTimeout", "QueuingOverflow", "QueuingFailed" ->
          bucket.record(INBOUND, "Calls" + call.disposition, 1);
      case "Voicemail" -> {
        bucket.record(INBOUND, "CallsToVoicemail", 1);
        bucket.record(INBOUND, "CallsVoicemail", 1);
      }
      default -> { }
    }
    if (talked) {
      bucket.record(INBOUND, "CallsHandled", 1);
      bucket.record(INBOUND, "TotalWaitTime", call.waitTime());
      bucket.record(INBOUND, "MaxWaitTime", call.waitTime());
      bucket.record(INBOUND, "_AnsweredWithin20", call.waitTime() <= 20 ? 1 : 0);
    }
    if (call.chat != null) {
      bucket.record(INBOUND, "TotalMessagesSent", call.chat.byAgent() + call.chat.byCustomer());
      bucket.record(INBOUND, "TotalMessagesSentByAgent", call.chat.byAgent());
      bucket.record(INBOUND, "TotalMessagesSentByCustomer", call.chat.byCustomer());
      if (talked) {
        bucket.record(INBOUND, "_ChatsAnswered", 1);
        bucket.record(INBOUND, "_FirstResponseTime", call.chat.firstResponse());
        bucket.record(INBOUND, "_ResponseTime", call.chat.averageResponse());
      }
    }
  }

  private static void abandoned(ReportBucket bucket, String stage, long stageSeconds,
      long seconds) {
    bucket.record(INBOUND, "CallsAbandoned", 1);
    bucket.record(INBOUND, "TotalAbandonTime", seconds);
    bucket.record(INBOUND, "MaxAbandonTime", seconds);
    bucket.record(INBOUND, "CallsAbandonedIn" + stage, 1);
    bucket.record(INBOUND, "TotalAbandonedIn" + stage + "Time", stageSeconds);
    bucket.record(INBOUND, "MaxAbandonedIn" + stage + "Time", stageSeconds);
  }

  /** A survey counts where the call does; a rating of 4 or 5 is a satisfied one. */
  static void survey(ReportBucket bucket, MetricGroup group, Call call) {
    if (call.surveyChannel == null) {
      return;
    }
    bucket.record(group, "SatisfactionSurveysOffered", 1);
    if (call.satisfaction > 0) {
      bucket.record(group, "SatisfactionSurveysResponded", 1);
      bucket.record(group, "_SatisfactionPoints", call.satisfaction);
      bucket.record(group, "_Satisfied", call.satisfaction >= 4 ? 1 : 0);
    }
  }

  /** One agent's presence in the hour, added to the {@code overall} group of a bucket. */
  static void add(ReportBucket bucket, Shift.Presence presence, MetricGroup overall) {
    bucket.record(overall, "TotalLoggedInTime", presence.loggedIn());
    bucket.record(overall, "TotalReadyTime", presence.ready());
    bucket.record(overall, "_ReadyPeriods", presence.readyCount());
    bucket.record(overall, "MaxReadyTime", presence.maxReady());
    bucket.record(overall, "TotalBreakTime", presence.breakTime());
    bucket.record(overall, "_Breaks", presence.breakCount());
    bucket.record(overall, "MaxBreakTime", presence.maxBreak());
  }
}
