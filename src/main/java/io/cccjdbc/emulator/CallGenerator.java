package io.cccjdbc.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one day of one instance's calls: how many, when (office hours on weekdays are the
 * busiest), and of which kind; {@link CallFlows} decides what happens in each. Call {@code k}
 * of a day draws from its own random stream, so it is the same whatever else is generated.
 */
final class CallGenerator {
  /** Relative traffic by hour of the service's day. */
  private static final double[] WEEKDAY_HOURS = {
      0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 3, 8, 9, 8, 5, 7, 8, 8, 8, 6, 3, 2, 1.5, 1, 0.6, 0.3};
  private static final double[] WEEKEND_HOURS = {
      0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 3, 3, 3, 2, 3, 3, 3, 3, 2, 2, 2, 1.5, 1, 0.5, 0.3};
  private static final double WEEKDAY_VOLUME = 1.2;
  private static final double WEEKEND_VOLUME = 0.5;

  private final Roster roster;
  private final HistorySpec spec;

  CallGenerator(Roster roster, HistorySpec spec) {
    this.roster = roster;
    this.spec = spec;
  }

  /** The day's calls that start before the history's end, by StartTime then ContactId. */
  List<Call> day(long day, Shift[] shifts) {
    SplittableRandom random = Seeds.random(spec.seed(), roster.salt(), 3, day);
    boolean weekend = ServiceTime.weekend(day);
    double volume = spec.callsPerDay() * (weekend ? WEEKEND_VOLUME : WEEKDAY_VOLUME);
    int count = (int) Math.round(volume * (0.9 + 0.2 * random.nextDouble()));
    double[] cumulative = cumulative(weekend ? WEEKEND_HOURS : WEEKDAY_HOURS);
    long midnight = ServiceTime.startOfDay(day);
    List<Call> calls = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      long start = midnight + hour(cumulative, random.nextDouble()) * ServiceTime.HOUR
          + random.nextLong(ServiceTime.HOUR);
      if (start < spec.endMillis()) {
        calls.add(call(start, k, day, shifts));
      }
    }
    calls.sort(Comparator.comparingLong(Call::time).thenComparing(Call::tieBreak));
    return calls;
  }

  private Call call(long start, int k, long day, Shift[] shifts) {
    SplittableRandom random = Seeds.random(spec.seed(), roster.salt(), 4, day, k);
    Call call = new Call();
    call.instanceId = roster.instanceId();
    call.contactId = "job-" + start + padded(k, 7);
    call.startTime = start;
    call.textNumbers = random.nextInt(12) == 0;
    List<Roster.Agent> onDuty = new ArrayList<>();
    for (Roster.Agent agent : roster.agents()) {
      Shift shift = shifts[agent.index()];
      if (shift != null && shift.onDuty(start)) {
        onDuty.add(agent);
      }
    }
    new CallFlows(roster, random, onDuty).play(call, kind(random, onDuty.size()));
    call.callIds = callIds(random, call);
    call.analyticsReady = call.established() && random.nextInt(5) == 0;
    if (call.releaseReason != null && random.nextInt(20) == 0) {
      call.releaseReason = null;
    }
    return call;
  }

  /** Agents place calls only while someone is on duty; otherwise customers call in. */
  private static String kind(SplittableRandom random, int agentsOnDuty) {
    int draw = random.nextInt(1000);
    if (agentsOnDuty == 0 || draw < 580) {
      return Call.INBOUND;
    }
    if (draw < 860) {
      return Call.OUTBOUND;
    }
    if (draw < 900) {
      return agentsOnDuty > 1 ? Call.INTERNAL : Call.OUTBOUND;
    }
    if (draw < 940) {
      return Call.BACK2BACK;
    }
    return draw < 980 ? Call.PREDICTIVE : Call.PRIVACY_DIAL;
  }

  private static String callIds(SplittableRandom random, Call call) {
    int legs = call.agent == null ? 1 : call.secondAgent == null ? 2 : 3;
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < legs; i++) {
      if (i > 0) {
        ids.append(',');
      }
      ids.append(Long.toHexString(random.nextLong() | Long.MIN_VALUE)).append("@ccc");
    }
    return ids.toString();
  }

  /** The number in {@code width} digits, leading zeros first: ids stay unique and sortable. */
  static String padded(long number, int width) {
    String digits = Long.toString(number);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static double[] cumulative(double[] weights) {
    double[] cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      cumulative[i] = total;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
    return cumulative;
  }

  private static int hour(double[] cumulative, double draw) {
    for (int hour = 0; hour < cumulative.length; hour++) {
      if (draw < cumulative[hour]) {
        return hour;
      }
    }
    return cumulative.length - 1;
  }
}
