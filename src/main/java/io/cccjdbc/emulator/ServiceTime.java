package io.cccjdbc.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's calendar: CCC counts days in China Standard Time, whatever the caller's zone,
 * and aligns report windows to whole hours. Times are epoch milliseconds, as on the wire.
 */
final class ServiceTime {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;

  private ServiceTime() {}

  static long floorHour(long millis) {
    return Math.floorDiv(millis, HOUR) * HOUR;
  }

  /** The next whole hour, or {@code millis} itself when it is one; saturates at the top. */
  static long ceilHour(long millis) {
    long floor = floorHour(millis);
    return floor == millis ? millis : floor > Long.MAX_VALUE - HOUR ? Long.MAX_VALUE : floor + HOUR;
  }

  /** The service's day (days since 1970-01-01) that the instant falls in. */
  static long day(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZONE).toEpochDay();
  }

  /** 00:00 of the service's day. */
  static long startOfDay(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZONE).toInstant().toEpochMilli();
  }

  static boolean weekend(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).getDayOfWeek().getValue() >= 6;
  }
}
