package io.cccjdbc.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The interval report buckets of one generated day, worked out from its calls and its agents'
 * shifts: an hour's bucket holds the calls that started in it and the presence in it; the
 * day's bucket adds up its hours. Hours with nothing to count have no bucket.
 */
final class DayReports {
  private final HistoryDay day;
  private final long until;
  private final long midnight;
  private final int hours;

  /** Counts nothing at or after {@code until}, the end of the history. */
  DayReports(HistoryDay day, long until) {
    this.day = day;
    this.until = until;
    this.midnight = ServiceTime.startOfDay(day.day());
    this.hours = (int) ((ServiceTime.startOfDay(day.day() + 1) - midnight) / ServiceTime.HOUR);
  }

  List<ReportBucket> instanceHours() {
    ReportBucket[] buckets = new ReportBucket[hours];
    int agents = day.shifts().length;
    long[][] busy = new long[agents][hours];
    long[][] taken = new long[agents][hours];
    for (Call call : day.calls()) {
      int hour = hourOf(call);
      InstanceReport.add(bucket(buckets, hour, InstanceReport.GROUPS), call);
      for (Roster.Agent agent : new Roster.Agent[] {call.agent, call.secondAgent}) {
        if (agent != null) {
          busy[agent.index()][hour] += AgentReport.busy(call, agent);
          taken[agent.index()][hour] += call.disposition.equals(Call.SUCCESS) ? 1 : 0;
        }
      }
    }
    for (int agent = 0; agent < agents; agent++) {
      Shift shift = day.shifts()[agent];
      for (int hour = 0; shift != null && hour < hours; hour++) {
        long start = midnight + hour * ServiceTime.HOUR;
        if (shift.presentIn(start, until)) {
          InstanceReport.add(bucket(buckets, hour, InstanceReport.GROUPS),
              shift.presence(start, until, busy[agent][hour], taken[agent][hour]),
              InstanceReport.OVERALL);
        }
      }
    }
    return nonEmpty(buckets);
  }

  ReportBucket instanceDay() {
    return sum(instanceHours(), InstanceReport.GROUPS);
  }

  List<ReportBucket> agentHours(Roster.Agent agent) {
    ReportBucket[] buckets = new ReportBucket[hours];
    long[] busy = new long[hours];
    long[] taken = new long[hours];
    for (Call call : day.calls()) {
      if (AgentReport.involves(call, agent)) {
        int hour = hourOf(call);
        AgentReport.add(bucket(buckets, hour, AgentReport.GROUPS), call, agent);
        busy[hour] += AgentReport.busy(call, agent);
        taken[hour] += call.disposition.equals(Call.SUCCESS) ? 1 : 0;
      }
    }
    Shift shift = day.shifts()[agent.index()];
    for (int hour = 0; shift != null && hour < hours; hour++) {
      long start = midnight + hour * ServiceTime.HOUR;
      if (shift.presentIn(start, until)) {
        AgentReport.add(bucket(buckets, hour, AgentReport.GROUPS),
            shift.presence(start, until, busy[hour], taken[hour]), agent.workMode());
      }
    }
    return nonEmpty(buckets);
  }

  /** The day's bucket; sign-in and sign-out times are only in it, as the reference says. */
  ReportBucket agentDay(Roster.Agent agent) {
    ReportBucket total = sum(agentHours(agent), AgentReport.GROUPS);
    Shift shift = day.shifts()[agent.index()];
    if (total != null && shift != null) {
      total.record(AgentReport.OVERALL, "FirstCheckInTime", shift.checkIn());
      if (shift.checkOut() <= until) {
        total.record(AgentReport.OVERALL, "LastCheckoutTime", shift.checkOut());
        total.record(AgentReport.OVERALL, "LastCheckOutTime", shift.checkOut());
      }
    }
    return total;
  }

  private ReportBucket sum(List<ReportBucket> hourly, List<MetricGroup> groups) {
    if (hourly.isEmpty()) {
      return null;
    }
    ReportBucket total = new ReportBucket(midnight, groups);
    hourly.forEach(total::merge);
    return total;
  }

  private int hourOf(Call call) {
    return (int) ((call.startTime - midnight) / ServiceTime.HOUR);
  }

  private ReportBucket bucket(ReportBucket[] buckets, int hour, List<MetricGroup> groups) {
    if (buckets[hour] == null) {
      buckets[hour] = new ReportBucket(midnight + hour * ServiceTime.HOUR, groups);
    }
    return buckets[hour];
  }

  private static List<ReportBucket> nonEmpty(ReportBucket[] buckets) {
    List<ReportBucket> list = new ArrayList<>();
    for (ReportBucket bucket : buckets) {
      if (bucket != null && !bucket.isEmpty()) {
        list.add(bucket);
      }
    }
    return list;
  }
}
