package io.cccjdbc.emulator;

import java.util.SplittableRandom;

/**
 * An agent's working day: signed in from {@code checkIn} to {@code checkOut}, on a break from
 * each {@code breakStarts[i]} to {@code breakEnds[i]}. Most agents work office hours on
 * weekdays, every fourth one the late shift; a few are on the weekend rota.
 */
record Shift(long checkIn, long checkOut, long[] breakStarts, long[] breakEnds) {
  private static final long MINUTE = 60_000L;

  /** What an agent's presence adds to an hour's bucket, in seconds. */
  record Presence(long online, long loggedIn, long ready, long readyCount, long maxReady,
      long breakTime, long breakCount, long maxBreak) {}

  /** The agent's shift that day, or null if the agent did not work. */
  static Shift of(Roster.Agent agent, long day, long seed, long salt) {
    if (day < agent.joinDay()) {
      return null;
    }
    SplittableRandom random = Seeds.random(seed, salt, 2, agent.index(), day);
    if (random.nextInt(100) >= (ServiceTime.weekend(day) ? 25 : 90)) {
      return null;
    }
    long midnight = ServiceTime.startOfDay(day);
    boolean late = agent.lateShift();
    long checkIn = late ? at(midnight, 13, 0, 30, random) : at(midnight, 8, 30, 45, random);
    long checkOut = late ? at(midnight, 21, 30, 60, random) : at(midnight, 17, 45, 75, random);
    long meal = late ? at(midnight, 17, 30, 30, random) : at(midnight, 12, 0, 30, random);
    long pause = late ? at(midnight, 19, 45, 30, random) : at(midnight, 15, 0, 60, random);
    long mealLength = (late ? 30 + random.nextInt(16) : 30 + random.nextInt(31)) * MINUTE;
    long pauseLength = random.nextInt(5) < 3 ? (10 + random.nextInt(11)) * MINUTE : 0;
    return new Shift(checkIn, checkOut, new long[] {meal, pause},
        new long[] {meal + mealLength, pause + pauseLength});
  }

  /** A time in the {@code jitter} minutes after {@code hour:minute}. */
  private static long at(long midnight, int hour, int minute, int jitter, SplittableRandom random) {
    return midnight + (hour * 60L + minute) * MINUTE + random.nextLong(jitter * MINUTE);
  }

  /** Signed in and not on a break. */
  boolean onDuty(long time) {
    if (time < checkIn || time >= checkOut) {
      return false;
    }
    for (int i = 0; i < breakStarts.length; i++) {
      if (time >= breakStarts[i] && time < breakEnds[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The agent's presence in the hour from {@code hour}, counted up to {@code until}. A break
   * counts whole in the hour it starts in; {@code busy} seconds of calls leave the rest ready.
   */
  Presence presence(long hour, long until, long busy, long callsTaken) {
    long end = Math.min(hour + ServiceTime.HOUR, until);
    long online = overlap(checkIn, checkOut, hour, end);
    long away = 0;
    long breakTime = 0;
    long breakCount = 0;
    long maxBreak = 0;
    for (int i = 0; i < breakStarts.length; i++) {
      if (breakEnds[i] == breakStarts[i]) {
        continue;
      }
      away += overlap(breakStarts[i], breakEnds[i], hour, end);
      if (breakStarts[i] >= hour && breakStarts[i] < end) {
        long length = (Math.min(breakEnds[i], until) - breakStarts[i]) / 1000;
        breakTime += length;
        breakCount++;
        maxBreak = Math.max(maxBreak, length);
      }
    }
    long loggedIn = online - away;
    long ready = Math.max(0, loggedIn - busy);
    long readyCount = ready > 0 ? 1 + callsTaken : 0;
    long maxReady = readyCount == 0 ? 0 : (ready + readyCount - 1) / readyCount;
    return new Presence(online, loggedIn, ready, readyCount, maxReady, breakTime, breakCount,
        maxBreak);
  }

  boolean presentIn(long hour, long until) {
    return checkIn < Math.min(hour + ServiceTime.HOUR, until) && checkOut > hour;
  }

  private static long overlap(long from, long to, long windowFrom, long windowTo) {
    return Math.max(0, Math.min(to, windowTo) - Math.max(from, windowFrom)) / 1000;
  }
}
