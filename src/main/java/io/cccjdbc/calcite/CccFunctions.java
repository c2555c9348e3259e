package io.cccjdbc.calcite;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * What the code Calcite generates for {@link CccLimit} and {@link CccInListFilter} calls; public
 * because that code is compiled in a package of its own.
 */
public final class CccFunctions {

  private CccFunctions() {
  }

  /**
   * The row count a {@code LIMIT}, {@code FETCH} or {@code OFFSET} parameter was bound to, in
   * whatever form ORMs bind it: any integral {@link Number} (jOOQ and Spring Data bind a
   * {@code long}, some a {@link BigDecimal}) or a string of digits. NULL means no limit, as in
   * PostgreSQL. A count past {@link Integer#MAX_VALUE} is read as that, which no result of
   * this driver reaches.
   *
   * @param clause {@code LIMIT} or {@code OFFSET}, for the message
   */
  public static int rowCount(Object value, String clause) {
    boolean offset = clause.equals(CccLimit.OFFSET);
    if (value == null) {
      return offset ? 0 : Integer.MAX_VALUE;
    }
    BigInteger count = integral(value, clause);
    if (count.signum() < 0) {
      throw new SqlStatementException(offset
          ? SqlStatementException.Reason.NEGATIVE_OFFSET
          : SqlStatementException.Reason.NEGATIVE_LIMIT,
          clause + " must not be negative, but the parameter is " + count);
    }
    return count.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
  }

  /** Whether the value is one of the set's (or, negated, none of them); NULL as the set says. */
  public static boolean matches(InList list, Object value) {
    if (value == null) {
      return list.nullMatches();
    }
    // Lists are built for text and integer columns only: an integer is looked up as a Long.
    Object key = value instanceof Number number ? (Object) number.longValue() : value;
    return list.values().contains(key) != list.negated();
  }

  /** The values of an {@code IN} or {@code NOT IN} list of many literals, ready to look up. */
  public record InList(Set<Object> values, boolean negated, boolean nullMatches) {
    public InList {
      values = Set.copyOf(values);
    }
  }

  private static BigInteger integral(Object value, String clause) {
    if (value instanceof Byte || value instanceof Short || value instanceof Integer
        || value instanceof Long) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return big;
    }
    try {
      BigDecimal decimal = value instanceof BigDecimal exact
          ? exact
          : new BigDecimal(value.toString().trim());
      return decimal.toBigIntegerExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new SqlStatementException(SqlStatementException.Reason.INVALID_PARAMETER,
          clause + " needs a whole number of rows, but the parameter is '" + value
              + "'; bind an integer (setInt, setLong)", e);
    }
  }
}
