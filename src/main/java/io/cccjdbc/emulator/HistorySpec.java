package io.cccjdbc.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The call history {@link Dataset#withHistory} generates: the {@code days} whole days before the
 * day of {@code end} (days as the service counts them, in Asia/Shanghai), and that day up to
 * {@code end}; on average {@code callsPerDay} calls a day per instance, weekdays busier than
 * weekends and office hours busier than nights; for the instances named, or for every RUNNING
 * instance when none are. The same spec over the same base always gives the same history.
 *
 * @param end the history's end, exclusive: no call starts at or after it
 * @param days how many whole days come before the day of {@code end}
 * @param callsPerDay the average number of calls a day per instance
 * @param seed what makes one history differ from another
 * @param instanceIds the instances with history; empty for every RUNNING one
 */
public record HistorySpec(Instant end, int days, int callsPerDay, long seed,
    List<String> instanceIds) {
  static final int MAX_DAYS = 3_660;
  static final int MAX_CALLS_PER_DAY = 1_000_000;

  public HistorySpec {
    Objects.requireNonNull(end, "end");
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be 0 to " + MAX_DAYS + ": " + days);
    }
    if (callsPerDay < 0 || callsPerDay > MAX_CALLS_PER_DAY) {
      throw new IllegalArgumentException(
          "callsPerDay must be 0 to " + MAX_CALLS_PER_DAY + ": " + callsPerDay);
    }
    instanceIds = List.copyOf(instanceIds);
  }

  /** History for every RUNNING instance. */
  public static HistorySpec of(Instant end, int days, int callsPerDay, long seed) {
    return new HistorySpec(end, days, callsPerDay, seed, List.of());
  }

  /** The same history, for these instances only, whatever their status. */
  public HistorySpec onlyFor(String... ids) {
    return new HistorySpec(end, days, callsPerDay, seed, List.of(ids));
  }

  /** The first service day with calls. */
  long firstDay() {
    return ServiceTime.day(end.toEpochMilli()) - days;
  }

  long start() {
    return ServiceTime.startOfDay(firstDay());
  }

  long endMillis() {
    return end.toEpochMilli();
  }
}
