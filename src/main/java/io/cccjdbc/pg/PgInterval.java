package io.cccjdbc.pg;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interval as postgres_fdw writes it ({@code IntervalStyle postgres}: {@code '1 day'},
 * {@code '-30 days'}, {@code '1 mon'}, {@code '01:30:00'}, {@code '2 days 03:00:00'}) as the
 * driver's interval literal. A year-month part with a day-time part has no single literal in
 * the driver's SQL, and PostgreSQL adds the two in an order of its own, so it is refused.
 */
final class PgInterval {

  private static final Pattern PART = Pattern.compile(
      "\\s*(?:([-+]?\\d+) (years?|mons?|days?)|([-+])?(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?))");

  private PgInterval() {
  }

  static String toCalcite(String text) {
    long months = 0;
    long days = 0;
    BigDecimal seconds = BigDecimal.ZERO;
    boolean yearMonth = false;
    boolean dayTime = false;
    Matcher part = PART.matcher(text);
    int at = 0;
    while (at < text.length() && part.find(at) && part.start() == at) {
      if (part.group(2) != null) {
        long amount = Long.parseLong(part.group(1));
        switch (part.group(2).charAt(0)) {
          case 'y' -> months += 12 * amount;
          case 'm' -> months += amount;
          default -> days += amount;
        }
        yearMonth |= part.group(2).charAt(0) != 'd';
        dayTime |= part.group(2).charAt(0) == 'd';
      } else {
        BigDecimal time = BigDecimal.valueOf(Long.parseLong(part.group(4)) * 3600
            + Long.parseLong(part.group(5)) * 60).add(new BigDecimal(part.group(6)));
        seconds = "-".equals(part.group(3)) ? time.negate() : time;
        dayTime = true;
      }
      at = part.end();
    }
    if (at != text.length() || (!yearMonth && !dayTime) || (yearMonth && dayTime)) {
      throw new UntranslatableSqlException("the interval '" + text + "'");
    }
    if (yearMonth) {
      return "INTERVAL '" + months + "' MONTH(9)";
    }
    if (seconds.signum() == 0) {
      return "INTERVAL '" + days + "' DAY(9)";
    }
    BigDecimal total = seconds.add(BigDecimal.valueOf(days * 86_400));
    return "INTERVAL '" + total.toPlainString() + "' SECOND(10, 6)";
  }
}
